package org.shouwang.web;

/** How personal numbers are shown in lists and notices. */
public final class Masking {
  private Masking() {}

  /** {@code 411328198001010013 → 411328********0013}. */
  public static String idNumber(String id) {
    if (id == null || id.length() < 10) {
      return id;
    }
    return id.substring(0, 6) + "*".repeat(id.length() - 10) + id.substring(id.length() - 4);
  }

  /** {@code 13812345678 → 138****5678}. */
  public static String phone(String phone) {
    if (phone == null || phone.length() < 7) {
      return phone;
    }
    return phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
  }
}
