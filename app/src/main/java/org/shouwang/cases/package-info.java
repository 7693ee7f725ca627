/**
 * Identification cases (识别纳入): one queue of clues from three channels, and the {@link
 * org.shouwang.cases.Case} aggregate that walks a clue through home verification, data comparison,
 * village review and public notice, township review and county approval to a monitoring object — or
 * to a rejection the household may ask to have re-checked. Dates come in as arguments; the {@link
 * org.shouwang.cases.ProcedureClock} computes every deadline from the stored dates.
 */
package org.shouwang.cases;
