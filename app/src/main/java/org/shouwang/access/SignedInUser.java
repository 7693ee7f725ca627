package org.shouwang.access;

import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;

/** The Spring Security principal: the user with their region and role. */
public class SignedInUser extends User {
  private final AppUser user;

  SignedInUser(AppUser user) {
    super(
        user.username(),
        user.passwordHash(),
        user.enabled(),
        true,
        true,
        true,
        List.of(new SimpleGrantedAuthority("ROLE_" + user.role().name())));
    this.user = user;
  }

  public AppUser user() {
    return user;
  }

  public RegionScope scope() {
    return user.scope();
  }

  public String displayName() {
    return user.displayName();
  }

  /** The user of the current request. */
  public static SignedInUser current() {
    Authentication a = SecurityContextHolder.getContext().getAuthentication();
    if (a != null && a.getPrincipal() instanceof SignedInUser u) {
      return u;
    }
    throw new IllegalStateException("no signed-in user");
  }
}
