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
    private List<Member> members;
    private List<IncomeSurvey> incomes;
    private List<Facts.Medical> medical;
    private List<Facts.CivilAffairs> civilAffairs;
    private List<Facts.Death> deaths;
    private List<Facts.Education> education;
    private List<Facts.Housing> housing;
    private List<Facts.Employment> employment;
    private List<Facts.Disaster> disasters;
    private List<Facts.Accident> accidents;
    private List<Facts.Disability> disabilities;
    private List<Facts.Water> water;
    private List<Facts.Vehicle> vehicles;
    private List<Facts.Business> businesses;
    private List<Facts.OtherMembership> otherMemberships;

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

    public List<Member> members() {
      if (members == null) {
        members = new ArrayList<>(4);
      }
      return members;
    }

    public List<IncomeSurvey> incomes() {
      if (incomes == null) {
        incomes = new ArrayList<>(4);
      }
      return incomes;
    }

    public List<Facts.Medical> medical() {
      if (medical == null) {
        medical = new ArrayList<>(4);
      }
      return medical;
    }

    public List<Facts.CivilAffairs> civilAffairs() {
      if (civilAffairs == null) {
        civilAffairs = new ArrayList<>(4);
      }
      return civilAffairs;
    }

    public List<Facts.Death> deaths() {
      if (deaths == null) {
        deaths = new ArrayList<>(4);
      }
      return deaths;
    }

    public List<Facts.Education> education() {
      if (education == null) {
        education = new ArrayList<>(4);
      }
      return education;
    }

    public List<Facts.Housing> housing() {
      if (housing == null) {
        housing = new ArrayList<>(4);
      }
      return housing;
    }

    public List<Facts.Employment> employment() {
      if (employment == null) {
        employment = new ArrayList<>(4);
      }
      return employment;
    }

    public List<Facts.Disaster> disasters() {
      if (disasters == null) {
        disasters = new ArrayList<>(4);
      }
      return disasters;
    }

    public List<Facts.Accident> accidents() {
      if (accidents == null) {
        accidents = new ArrayList<>(4);
      }
      return accidents;
    }

    public List<Facts.Disability> disabilities() {
      if (disabilities == null) {
        disabilities = new ArrayList<>(4);
      }
      return disabilities;
    }

    public List<Facts.Water> water() {
      if (water == null) {
        water = new ArrayList<>(4);
      }
      return water;
    }

    public List<Facts.Vehicle> vehicles() {
      if (vehicles == null) {
        vehicles = new ArrayList<>(4);
      }
      return vehicles;
    }

    public List<Facts.Business> businesses() {
      if (businesses == null) {
        businesses = new ArrayList<>(4);
      }
      return businesses;
    }

    public List<Facts.OtherMembership> otherMemberships() {
      if (otherMemberships == null) {
        otherMemberships = new ArrayList<>(4);
      }
      return otherMemberships;
    }

    private static <T> List<T> frozen(List<T> list) {
      return list == null ? List.of() : List.copyOf(list);
    }

    public HouseholdFacts build() {
      return new HouseholdFacts(
          householdId,
          villageCode,
          lifted,
          monitored,
          underReview,
          educationFeedCovers,
          frozen(members),
          frozen(incomes),
          frozen(medical),
          frozen(civilAffairs),
          frozen(deaths),
          frozen(education),
          frozen(housing),
          frozen(employment),
          frozen(disasters),
          frozen(accidents),
          frozen(disabilities),
          frozen(water),
          frozen(vehicles),
          frozen(businesses),
          frozen(otherMemberships));
    }
  }
}
