/**
 * The pure core of Shouwang: resident IDs, money and income arithmetic, the monitoring standard as
 * data, and the screening rules. No Spring, no I/O, no clock: time comes in as an as-of date.
 */
package org.shouwang.engine;
