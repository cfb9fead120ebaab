/** Reading the formulas (the list, one formula's concordance and history, the underlines of a statement) and mining them again. */
export { formulaMarks, getFormula, getFormulaBuild, listFormulas } from '@/lib/db/formulas'
export { getFormulaHistory } from '@/lib/db/formula-history'
export { rebuildFormulas } from './rebuild-formulas'
