package org.shouwang.cases;

/** Who acts on a case: a user name and the level the user works at. */
public record Actor(String username, AdminLevel level) {
  public Actor {
    if (username == null || username.isBlank()) {
      throw new IllegalArgumentException("an actor needs a user name");
    }
    if (level == null) {
      throw new IllegalArgumentException("an actor needs a level");
    }
  }

  public static Actor village(String username) {
    return new Actor(username, AdminLevel.VILLAGE);
  }

  public static Actor township(String username) {
    return new Actor(username, AdminLevel.TOWNSHIP);
  }

  public static Actor county(String username) {
    return new Actor(username, AdminLevel.COUNTY);
  }
}
