/** The words of funding: a group header over the sources, and the sources' own names. */

/** A group header over investment or funding columns: `投资规模及资金筹措方案`, `资金来源`. */
export const FUNDING_GROUP_WORDS = /投资|资金|筹措|经费/;
