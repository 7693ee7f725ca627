package org.shouwang.engine.person;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Set;

/**
 * An 18-digit resident identity number (公民身份号码) per GB 11643-1999: 6-digit address code, 8-digit
 * birth date, 3-digit sequence (odd for men, even for women) and an ISO 7064 MOD 11-2 check
 * character. Sex and birth date are derived from the number, never asked for.
 *
 * <p>Construct with {@link #parse(String, LocalDate)}, which normalises what people type
 * (full-width digits, spaces, lowercase {@code x}) and converts 15-digit legacy numbers.
 */
public record ResidentId(String value) {

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

  /** Province-level prefixes of GB/T 2260 (including 71 Taiwan, 81 Hong Kong, 82 Macau). */
  private static final Set<String> PROVINCES =
      Set.of(
          "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
          "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64",
          "65", "71", "81", "82");

  public ResidentId {
    if (value == null || value.length() != 18) {
      throw new IllegalArgumentException("resident ID must have 18 characters");
    }
  }

  /**
   * Normalises and validates a resident ID as typed or exported by another system.
   *
   * @param raw the number as found in a file
   * @param today the as-of date: a birth date after it is impossible
   * @throws InvalidResidentId with a reason in Chinese and English
   */
  public static ResidentId parse(String raw, LocalDate today) {
    String s = normalise(raw);
    if (s.isEmpty()) {
      throw new InvalidResidentId("身份证号为空", "ID number is empty");
    }
    if (s.length() == 15) {
      if (!s.chars().allMatch(Character::isDigit)) {
        throw new InvalidResidentId("15位身份证号只能包含数字", "a 15-digit ID number must be all digits");
      }
      String first17 = s.substring(0, 6) + "19" + s.substring(6);
      s = first17 + checkCharacter(first17);
    } else if (s.length() != 18) {
      throw new InvalidResidentId(
          "身份证号应为18位（或15位旧号），实际为" + s.length() + "位",
          "an ID number has 18 characters (or 15 for legacy numbers), found " + s.length());
    }
    for (int i = 0; i < 17; i++) {
      if (!Character.isDigit(s.charAt(i))) {
        throw new InvalidResidentId("身份证号前17位只能包含数字", "the first 17 characters must be digits");
      }
    }
    char last = s.charAt(17);
    if (!Character.isDigit(last) && last != 'X') {
      throw new InvalidResidentId("身份证号校验位只能是数字或X", "the check character must be a digit or X");
    }
    if (!PROVINCES.contains(s.substring(0, 2))) {
      throw new InvalidResidentId(
          "身份证号省级代码" + s.substring(0, 2) + "不存在",
          "province code " + s.substring(0, 2) + " does not exist");
    }
    LocalDate birth;
    try {
      birth =
          LocalDate.of(
              Integer.parseInt(s.substring(6, 10)),
              Integer.parseInt(s.substring(10, 12)),
              Integer.parseInt(s.substring(12, 14)));
    } catch (DateTimeException e) {
      throw new InvalidResidentId(
          "身份证号中的出生日期" + s.substring(6, 14) + "不存在",
          "birth date " + s.substring(6, 14) + " in the ID number does not exist");
    }
    if (birth.isAfter(today) || birth.getYear() < 1880) {
      throw new InvalidResidentId(
          "身份证号中的出生日期" + s.substring(6, 14) + "不可能",
          "birth date " + s.substring(6, 14) + " in the ID number is impossible");
    }
    char expected = checkCharacter(s.substring(0, 17));
    if (expected != last) {
      throw new InvalidResidentId(
          "身份证号校验位错误（应为" + expected + "）", "wrong check character (expected " + expected + ")");
    }
    return new ResidentId(s);
  }

  /** The GB 11643 check character for the first 17 digits. */
  public static char checkCharacter(CharSequence first17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK[sum % 11];
  }

  /** Full-width digits and letters to ASCII, spaces removed, {@code x} upper-cased. */
  static String normalise(String raw) {
    if (raw == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(18);
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c >= '\uFF01' && c <= '\uFF5E') {
        c = (char) (c - 0xFEE0);
      }
      if (Character.isWhitespace(c) || c == '\u3000' || c == '\u00A0' || c == '\'' || c == '\t') {
        continue;
      }
      b.append(c == 'x' ? 'X' : c);
    }
    return b.toString();
  }

  public LocalDate birthDate() {
    return LocalDate.of(
        Integer.parseInt(value.substring(6, 10)),
        Integer.parseInt(value.substring(10, 12)),
        Integer.parseInt(value.substring(12, 14)));
  }

  public Sex sex() {
    return (value.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
  }

  /** The 6-digit code of the county that issued the number (it may since have been renamed). */
  public String issuingCounty() {
    return value.substring(0, 6);
  }

  /** Age in whole years on the given date. */
  public int ageOn(LocalDate date) {
    return java.time.Period.between(birthDate(), date).getYears();
  }

  /** The number masked for lists and notices: {@code 411328********1234}. */
  public String masked() {
    return value.substring(0, 6) + "********" + value.substring(14);
  }

  @Override
  public String toString() {
    return masked();
  }
}
