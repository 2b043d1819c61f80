// Words that add length but no meaning; deleting them loses nothing. Adverbs only: an adjective or a
// noun always carries part of the claim.
// "basically", "actually", "literally": speech hedges that pad a line ("Basically I ran the desk").
export const FILLERS: string[] = ['successfully', 'very', 'really', 'seamlessly', 'effectively', 'truly', 'extremely', 'quite', 'basically', 'actually', 'literally'];

/**
 * Informal fillers: speech that says nothing on paper. "a lot" (an amount without its size; not "a lot
 * of …", where it is the quantity of a noun) and vague tails that stand for items not named ("and
 * stuff", "and whatnot", "and so on"). The fix is to name the amount or the items, so deleting them is
 * offered, never applied by Fix All.
 */
export const INFORMAL_FILLERS: string[] = ['a lot', 'and stuff', 'and whatnot', 'and so on', 'and so forth', 'and things like that', 'and things like this'];

/**
 * What a vague tail drags along: "and stuff LIKE THAT", "and so on AND SO FORTH", "and whatnot, ETC.".
 * The filler is the whole run; deleting only its head would leave "Used hooks like that".
 */
export const VAGUE_TAIL_CONTINUATION = /^,?\s+(?:like\s+(?:that|this|these|those)|and\s+so\s+(?:on|forth)|etc\b\.?)/i;
