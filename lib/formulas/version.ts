/**
 * The version of the formula miner (lib/formulas): raise it whenever a change
 * makes it mine a different set from the same statements. A database whose
 * formulas an older version mined has them mined again when it is prepared
 * (npm start, npm run db:prepare), so that nobody reads a list made by rules
 * the README no longer describes.
 *
 * 1: the first miner (Intl.Segmenter words, four English words); 2: jieba's
 * Chinese words, English words whole and without function words at the ends,
 * names left out (issue 13); 3: each formula's growth (lib/formulas/growth); 4: families
 * (lib/formulas/families); 5: names kept, as a kind of their own; 6: English phrases whose
 * complement, head or object follows in most uses dropped as open (lib/formulas/open-ended),
 * and uses inside a longer word (commit to work|ing) not counted; 7: English adverbials of
 * place and time (lib/formulas/adverbial), and Chinese phrases that begin inside a
 * circumposition and run out of it or begin where 以…为 closes, that mostly have 的 or 、
 * after them, or that are a party and its verb without the object (lib/formulas/chinese-frames);
 * 8: a wording reads as it is printed most often, not where first used, and its kind is read from that (PrintedForms);
 * 9: a party's one-character form and a masked partner (中〈X〉), and 第 and its numeral, are one word (lib/formulas/phrase-bounds);
 * 10: a word of its own that governs a name through a preposition (invasion of Ukraine) makes a phrase about the name, not a name (lib/formulas/names);
 * 11: only when that word heads the phrase (President Biden met with 〈X〉 stays a name);
 * 12: the party mask reads a leader's name in either order (KISHIDA Fumio), a particle with a space
 * (Al Sisi) and more titles (His Majesty, His Excellency), so it masks more partners' names;
 * 13: an English phrase that one preposition or conjunction precedes in nearly all its statements
 * (as | soon as possible, of | navigation and overflight) is the tail of a longer phrase;
 * 14: an English neighbour is read by its stem, and any number as one (impose, imposing | costs on
 * Russia; $50, $20 | million in new funding);
 * 15: a formula's length is counted as the length rule counts it (a quoted term's quotes, “一带一路” 6;
 * English words as a reader counts them, Indo-Pacific 1);
 * 16: a Chinese phrase that ends inside a frame it opened (…两国在联合国 | 等多边框架内), or on a verb whose
 * object or 的 follows in most uses (各领域合作取得 | 的丰硕成果), is cut (lib/formulas/chinese-frames);
 * 17: a Chinese phrase naming a person with at most a verb or frame of its own is a name
 * (中华人民共和国主席习近平感谢〈X〉总统〈X人名〉), and Traditional text is read in Simplified characters;
 * 18: an institution's or an agreement's name in quotation marks is a name (“制止生化恐怖主义行为国际公约”);
 * 19: a Chinese phrase that runs over a comma into the next part of its sentence and stops inside it is cut
 * (坚定维护以联合国为核心的国际体系，坚定维护 | 多边主义), and a formula with variants is held, before it is made, to the
 * rules of a phrase of one wording that need only the word after each use (restFollows, subjectWithoutObject, runsIntoPart,
 * verbWithoutObject; its frame was checked before too), so that one cut short absorbs none of its parts;
 * 20: …and to the rule that reads the words before each use (insideFrame): one that begins inside a frame opened
 * before it (以东盟和 | …为重点) is not made either.
 */
export const MINER_VERSION = 20
