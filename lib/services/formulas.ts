/** Reading the formulas (the list, one formula's concordance, the underlines of a statement) and mining them again. */
export { formulaMarks, getFormula, getFormulaBuild, listFormulas } from '@/lib/db/formulas'
export { rebuildFormulas } from './rebuild-formulas'
