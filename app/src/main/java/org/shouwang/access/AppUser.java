package org.shouwang.access;

/** A person who logs in; the password is kept only as a BCrypt hash. */
public record AppUser(
    long id,
    String username,
    String passwordHash,
    String displayName,
    String regionCode,
    Role role,
    boolean enabled) {

  public RegionScope scope() {
    return new RegionScope(regionCode);
  }
}
