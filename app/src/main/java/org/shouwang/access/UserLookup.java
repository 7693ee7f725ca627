package org.shouwang.access;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Finds the user who logs in. */
@Component
class UserLookup implements UserDetailsService {
  private final Users users;

  UserLookup(Users users) {
    this.users = users;
  }

  @Override
  public UserDetails loadUserByUsername(String username) {
    return users
        .byUsername(username)
        .map(SignedInUser::new)
        .orElseThrow(() -> new UsernameNotFoundException(username));
  }
}
