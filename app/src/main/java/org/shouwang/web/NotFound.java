package org.shouwang.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Nothing to show: the thing does not exist, or lies outside the user's region (the two are not
 * told apart, so that a URL reveals nothing).
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFound extends RuntimeException {
  public NotFound(String what) {
    super(what);
  }
}
