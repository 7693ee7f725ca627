package org.shouwang.engine.screening;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.shouwang.engine.income.IncomeSurvey;

/**
 * Everything a screening knows of one household as of a date: its members, income surveys and the
 * department records matched to it. Built by the host (the app's batch, the Spark job) and read by
 * the rules; lists are never null.
 */
public record HouseholdFacts(
    String householdId,
    String villageCode,
    boolean lifted,
    boolean monitored,
    boolean underReview,
    boolean educationFeedCovers,
    List<Member> members,
    List<IncomeSurvey> incomes,
    List<Facts.Medical> medical,
    List<Facts.CivilAffairs> civilAffairs,
    List<Facts.Death> deaths,
    List<Facts.Education> education,
    List<Facts.Housing> housing,
    List<Facts.Employment> employment,
    List<Facts.Disaster> disasters,
    List<Facts.Accident> accidents,
    List<Facts.Disability> disabilities,
    List<Facts.Water> water,
    List<Facts.Vehicle> vehicles,
    List<Facts.Business> businesses,
    List<Facts.OtherMembership> otherMemberships)
    implements Serializable {

  public Member member(String idNumber) {
    for (Member m : members) {
      if (m.idNumber().equals(idNumber)) {
        return m;
      }
    }
    return null;
  }

  /** The latest survey of a year up to the as-of year, or null. */
  public IncomeSurvey latestSurvey(int upToYear) {
    IncomeSurvey best = null;
    for (IncomeSurvey s : incomes) {
      if (s.year() <= upToYear && (best == null || s.year() > best.year())) {
        best = s;
      }
    }
    return best;
  }

  public IncomeSurvey survey(int year) {
    for (IncomeSurvey s : incomes) {
      if (s.year() == year) {
        return s;
      }
    }
    return null;
  }

  /** A mutable builder that starts valid (one household, no facts), for hosts and tests. */
  public static Builder builder(String householdId, String villageCode) {
    return new Builder(householdId, villageCode);
  }

  /** Collects facts, then {@link #build()}. */
  public static final class Builder {
    private final String householdId;
    private final String villageCode;
    private boolean lifted;
    private boolean monitored;
    private boolean underReview;
    private boolean educationFeedCovers;
    public final List<Member> members = new ArrayList<>();
    public final List<IncomeSurvey> incomes = new ArrayList<>();
    public final List<Facts.Medical> medical = new ArrayList<>();
    public final List<Facts.CivilAffairs> civilAffairs = new ArrayList<>();
    public final List<Facts.Death> deaths = new ArrayList<>();
    public final List<Facts.Education> education = new ArrayList<>();
    public final List<Facts.Housing> housing = new ArrayList<>();
    public final List<Facts.Employment> employment = new ArrayList<>();
    public final List<Facts.Disaster> disasters = new ArrayList<>();
    public final List<Facts.Accident> accidents = new ArrayList<>();
    public final List<Facts.Disability> disabilities = new ArrayList<>();
    public final List<Facts.Water> water = new ArrayList<>();
    public final List<Facts.Vehicle> vehicles = new ArrayList<>();
    public final List<Facts.Business> businesses = new ArrayList<>();
    public final List<Facts.OtherMembership> otherMemberships = new ArrayList<>();

    Builder(String householdId, String villageCode) {
      this.householdId = householdId;
      this.villageCode = villageCode;
    }

    public Builder lifted(boolean value) {
      lifted = value;
      return this;
    }

    public Builder monitored(boolean value) {
      monitored = value;
      return this;
    }

    public Builder underReview(boolean value) {
      underReview = value;
      return this;
    }

    public Builder educationFeedCovers(boolean value) {
      educationFeedCovers = value;
      return this;
    }

    public HouseholdFacts build() {
      return new HouseholdFacts(
          householdId,
          villageCode,
          lifted,
          monitored,
          underReview,
          educationFeedCovers,
          List.copyOf(members),
          List.copyOf(incomes),
          List.copyOf(medical),
          List.copyOf(civilAffairs),
          List.copyOf(deaths),
          List.copyOf(education),
          List.copyOf(housing),
          List.copyOf(employment),
          List.copyOf(disasters),
          List.copyOf(accidents),
          List.copyOf(disabilities),
          List.copyOf(water),
          List.copyOf(vehicles),
          List.copyOf(businesses),
          List.copyOf(otherMemberships));
    }
  }
}
