package org.shouwang.engine.person;

import org.shouwang.engine.values.InvalidValue;

/** A resident ID that cannot be accepted, with the reason in Chinese and English. */
public class InvalidResidentId extends InvalidValue {
  public InvalidResidentId(String reasonZh, String reasonEn) {
    super(reasonZh, reasonEn);
  }
}
