package org.shouwang.demo;

import java.util.SplittableRandom;

/**
 * Annual surveys that look like rural Henan: per-capita net income roughly log-normal, lower for
 * 脱贫户, a few percent of households under the line, some with a sharp drop from one year to the
 * next. Amounts in fen.
 */
final class Incomes {
  private Incomes() {}

  /** Family net income in fen for the two survey years {@code [previous, latest]}. */
  static long[] netFen(SplittableRandom r, boolean lifted, int members) {
    double median = lifted ? 12_500 : 16_000;
    double sigma = lifted ? 0.35 : 0.40;
    double perCapita = median * Math.exp(sigma * gaussian(r));
    double previous = perCapita / (1.03 + 0.04 * r.nextDouble());
    if (r.nextInt(1000) < 25) {
      perCapita = previous * (0.35 + 0.3 * r.nextDouble()); // a shock: illness, lost job
    }
    return new long[] {Math.round(previous * members * 100), Math.round(perCapita * members * 100)};
  }

  /** Splits a family net income into the survey's parts so that they add up to it exactly. */
  static long[] parts(SplittableRandom r, long netFen) {
    long transfer = Math.round(netFen * (0.10 + 0.1 * r.nextDouble()));
    long property = Math.round(netFen * 0.03 * r.nextDouble());
    long businessNet = Math.round(netFen * (0.1 + 0.2 * r.nextDouble()));
    long cost = Math.round(businessNet * (0.3 + 0.3 * r.nextDouble()));
    long business = businessNet + cost;
    long wage = netFen - transfer - property - businessNet;
    return new long[] {wage, business, property, transfer, cost};
  }

  private static double gaussian(SplittableRandom r) {
    double u = 1 - r.nextDouble();
    double v = r.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
}
