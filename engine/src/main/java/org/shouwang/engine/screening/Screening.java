package org.shouwang.engine.screening;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.shouwang.engine.screening.rules.BusinessOwnership;
import org.shouwang.engine.screening.rules.CivilAffairsEntry;
import org.shouwang.engine.screening.rules.CompulsoryEducationDropout;
import org.shouwang.engine.screening.rules.DeceasedStillCounted;
import org.shouwang.engine.screening.rules.DisasterLoss;
import org.shouwang.engine.screening.rules.DuplicateMembership;
import org.shouwang.engine.screening.rules.HighMedicalSelfPay;
import org.shouwang.engine.screening.rules.HighSchoolingCost;
import org.shouwang.engine.screening.rules.IncomeBelowLine;
import org.shouwang.engine.screening.rules.IncomeDrop;
import org.shouwang.engine.screening.rules.LabourLost;
import org.shouwang.engine.screening.rules.SeriousAccident;
import org.shouwang.engine.screening.rules.SevereDisability;
import org.shouwang.engine.screening.rules.UninsuredMember;
import org.shouwang.engine.screening.rules.UnsafeHousing;
import org.shouwang.engine.screening.rules.UnsafeWater;
import org.shouwang.engine.screening.rules.UnstableEmployment;
import org.shouwang.engine.screening.rules.VehicleOwnership;

/**
 * The rule set: every warning rule (W01–W14) and then the comparison checks (X01–X04). A household
 * with any W finding in this run counts as a candidate under review for X01/X02. Every finding is
 * collected; nothing stops at the first.
 */
public final class Screening implements Serializable {
  private final List<Rule> warnings;
  private final List<Rule> checks;

  public Screening(List<Rule> warnings, List<Rule> checks) {
    this.warnings = List.copyOf(warnings);
    this.checks = List.copyOf(checks);
  }

  public static Screening standard() {
    return new Screening(
        List.of(
            new IncomeBelowLine(),
            new HighMedicalSelfPay(),
            new DisasterLoss(),
            new SeriousAccident(),
            new LabourLost(),
            new UnstableEmployment(),
            new CompulsoryEducationDropout(),
            new UninsuredMember(),
            new UnsafeHousing(),
            new UnsafeWater(),
            new SevereDisability(),
            new HighSchoolingCost(),
            new IncomeDrop(),
            new CivilAffairsEntry()),
        List.of(
            new VehicleOwnership(),
            new BusinessOwnership(),
            new DeceasedStillCounted(),
            new DuplicateMembership()));
  }

  public List<Rule> rules() {
    List<Rule> all = new ArrayList<>(warnings);
    all.addAll(checks);
    return all;
  }

  public List<Finding> screen(HouseholdFacts household, ScreeningContext context) {
    List<Finding> found = new ArrayList<>(2);
    for (Rule r : warnings) {
      r.apply(household, context).ifPresent(found::add);
    }
    HouseholdFacts checked = household;
    if (!found.isEmpty() && !household.underReview()) {
      checked = withUnderReview(household);
    }
    for (Rule r : checks) {
      r.apply(checked, context).ifPresent(found::add);
    }
    return found;
  }

  private static HouseholdFacts withUnderReview(HouseholdFacts h) {
    return new HouseholdFacts(
        h.householdId(),
        h.villageCode(),
        h.lifted(),
        h.monitored(),
        true,
        h.educationFeedCovers(),
        h.members(),
        h.incomes(),
        h.medical(),
        h.civilAffairs(),
        h.deaths(),
        h.education(),
        h.housing(),
        h.employment(),
        h.disasters(),
        h.accidents(),
        h.disabilities(),
        h.water(),
        h.vehicles(),
        h.businesses(),
        h.otherMemberships());
  }
}
