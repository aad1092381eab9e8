package dk.tilsyn.deadlines.tests;

import static dk.tilsyn.deadlines.tests.Cases.ANY;
import static dk.tilsyn.deadlines.tests.Cases.BL;
import static dk.tilsyn.deadlines.tests.Cases.SEL;
import static dk.tilsyn.deadlines.tests.Cases.of;
import static dk.tilsyn.deadlines.tests.Cases.t;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dk.tilsyn.deadlines.CaseFacts;
import dk.tilsyn.deadlines.DueOptions;
import dk.tilsyn.deadlines.Duration;
import dk.tilsyn.deadlines.Deadlines;
import dk.tilsyn.deadlines.Law;
import dk.tilsyn.deadlines.OptionalHoliday;
import dk.tilsyn.deadlines.Requirement.Before;
import dk.tilsyn.deadlines.Requirement.Deadline;
import dk.tilsyn.deadlines.Requirement.Frequency;
import dk.tilsyn.deadlines.Requirement.Recurring;
import dk.tilsyn.deadlines.Rounding;
import dk.tilsyn.deadlines.Rule;
import dk.tilsyn.deadlines.RuleVersion;
import dk.tilsyn.deadlines.Summary;
import dk.tilsyn.deadlines.TimeUnit;
import dk.tilsyn.deadlines.Verdict;
import dk.tilsyn.deadlines.Verdict.Kind;
import dk.tilsyn.deadlines.Window;

class DeadlinesTest {
	private final Deadlines engine = new Deadlines();

	private static Rule rule(Law law, dk.tilsyn.deadlines.Requirement requirement) {
		return new Rule("r", "a rule", List.of(new RuleVersion(law, "§ 1", requirement)));
	}

	private static Rule deadline(int n, TimeUnit unit, DueOptions options) {
		return rule(ANY, new Deadline("a", "b", Duration.of(n, unit), options));
	}

	private Verdict check(Rule rule, CaseFacts c, String asOf) {
		return engine.evaluate(rule, c, t(asOf));
	}

	private LocalDateTime dueOf(Rule rule, String anchor) {
		return check(rule, of("a " + anchor), "2099-01-01").due();
	}

	private static LocalDateTime endOf(String date) {
		return LocalDate.parse(date).atTime(Verdict.END_OF_DAY);
	}

	// ---- durations --------------------------------------------------------------------------

	@Test
	void monthsRoundedDownToTheLastDayOfTheMonth() {
		Rule down = deadline(1, TimeUnit.MONTHS, DueOptions.rounding(Rounding.DOWN));
		assertEquals(endOf("2017-02-28"), dueOf(down, "2017-01-31"));
		assertEquals(endOf("2024-02-29"), dueOf(down, "2024-01-31"));
		assertEquals(endOf("2017-03-15"), dueOf(down, "2017-02-15"));
		assertEquals("a 2017-01-31 + 1 måneder (dagen findes ikke: afrundet ned) = 2017-02-28; b ikke registreret pr. 2099-01-01 12:00 → overskredet",
				check(down, of("a 2017-01-31"), "2099-01-01").derivationDa());
	}

	@Test
	void monthsRoundedUpToTheFirstOfTheNextMonth() {
		Rule up = deadline(1, TimeUnit.MONTHS, DueOptions.rounding(Rounding.UP));
		assertEquals(endOf("2017-03-01"), dueOf(up, "2017-01-31"));
		assertEquals(endOf("2024-03-01"), dueOf(up, "2024-01-31"));
		assertEquals(endOf("2017-02-28"), dueOf(up, "2017-01-28"));
	}

	@Test
	void monthsWithoutRoundingAreNotEvaluableOnlyWhenTheDayIsMissing() {
		Rule error = deadline(1, TimeUnit.MONTHS, DueOptions.DEFAULT);
		Verdict v = check(error, of("a 2017-01-31", "b 2017-02-10"), "2017-06-01");
		assertEquals(Kind.NOT_EVALUABLE, v.kind());
		assertTrue(v.derivationEn().contains("states no rounding"), v.derivationEn());
		assertEquals(Kind.MET, check(error, of("a 2017-01-15", "b 2017-02-10"), "2017-06-01").kind());
	}

	@Test
	void leapDayPlusOneYear() {
		assertEquals(endOf("2025-02-28"), dueOf(deadline(1, TimeUnit.YEARS, DueOptions.rounding(Rounding.DOWN)), "2024-02-29"));
		assertEquals(endOf("2025-03-01"), dueOf(deadline(1, TimeUnit.YEARS, DueOptions.rounding(Rounding.UP)), "2024-02-29"));
		assertEquals(endOf("2028-02-29"), dueOf(deadline(4, TimeUnit.YEARS, DueOptions.DEFAULT), "2024-02-29"));
	}

	@Test
	void hoursAcrossMidnightWithTheDerivationOfTheSpecification() {
		Rule rule = deadline(24, TimeUnit.HOURS, DueOptions.DEFAULT);
		Rule named = new Rule("underretning_24t", "", List.of(new RuleVersion(SEL, "§ 155 stk. 2",
				new Deadline("underretning_modtaget", "underretning_vurderet", Duration.of(24, TimeUnit.HOURS), null))));
		Verdict v = check(named, of("underretning_modtaget 2017-03-03T16:40", "underretning_vurderet 2017-03-06T09:00"),
				"2017-04-01");
		assertEquals(Kind.MISSED, v.kind());
		assertEquals(LocalDateTime.parse("2017-03-04T16:40"), v.due());
		assertEquals("SEL", v.law());
		assertEquals("underretning_modtaget 2017-03-03 16:40 + 24 timer = 2017-03-04 16:40; "
				+ "underretning_vurderet 2017-03-06 09:00 → overskredet", v.derivationDa());
		assertEquals("underretning_modtaget 2017-03-03 16:40 + 24 hours = 2017-03-04 16:40; "
				+ "underretning_vurderet 2017-03-06 09:00 → missed", v.derivationEn());
		assertEquals(Kind.MET, check(rule, of("a 2017-03-03T16:40", "b 2017-03-04T16:40"), "2017-04-01").kind());
		assertEquals(Kind.MISSED, check(rule, of("a 2017-03-03T16:40", "b 2017-03-04T16:41"), "2017-04-01").kind());
	}

	@Test
	void hoursAreRealHoursAcrossDaylightSavingChanges() {
		Rule rule = deadline(24, TimeUnit.HOURS, DueOptions.DEFAULT);
		// 31 March 2024 has 23 hours in Copenhagen, 27 October 2024 has 25
		assertEquals(LocalDateTime.parse("2024-03-31T11:00"), dueOf(rule, "2024-03-30T10:00"));
		assertEquals(LocalDateTime.parse("2024-10-27T09:00"), dueOf(rule, "2024-10-26T10:00"));
		assertEquals(Kind.MISSED, check(rule, of("a 2024-03-30T10:00", "b 2024-03-31T11:30"), "2024-05-01").kind());
		assertEquals(Kind.MET, check(rule, of("a 2024-10-26T10:00", "b 2024-10-27T09:00"), "2024-12-01").kind());
	}

	@Test
	void aMissingTimeOfDayIsNotEvaluable() {
		Rule rule = deadline(24, TimeUnit.HOURS, DueOptions.DEFAULT);
		Verdict v = check(rule, of("a 2017-03-03", "b 2017-03-03T18:00"), "2017-04-01");
		assertEquals(Kind.NOT_EVALUABLE, v.kind());
		assertEquals("a 2017-03-03 har intet klokkeslæt, og reglen regner i timer → kan ikke vurderes", v.derivationDa());
		// a date-only fulfilling event on the due day cannot be placed; on another day it can
		assertEquals(Kind.NOT_EVALUABLE, check(rule, of("a 2017-03-03T16:40", "b 2017-03-04"), "2017-04-01").kind());
		assertEquals(Kind.MISSED, check(rule, of("a 2017-03-03T16:40", "b 2017-03-05"), "2017-04-01").kind());
		assertEquals(Kind.MET, check(rule, of("a 2017-03-03T16:40", "b 2017-03-03"), "2017-04-01").kind());
	}

	@Test
	void daysAndWeeksEndAtTheEndOfTheDay() {
		assertEquals(endOf("2017-03-13"), dueOf(deadline(10, TimeUnit.DAYS, DueOptions.DEFAULT), "2017-03-03T16:40"));
		assertEquals(endOf("2017-03-17"), dueOf(deadline(2, TimeUnit.WEEKS, DueOptions.DEFAULT), "2017-03-03"));
		Rule days = deadline(1, TimeUnit.DAYS, DueOptions.DEFAULT);
		assertEquals(Kind.MET, check(days, of("a 2017-03-03", "b 2017-03-04T23:59"), "2017-04-01").kind());
		assertEquals(Kind.MISSED, check(days, of("a 2017-03-03", "b 2017-03-05T00:00"), "2017-04-01").kind());
	}

	@Test
	void sixWorkingDaysAcrossEaster2018() {
		Rule rule = deadline(6, TimeUnit.WORKING_DAYS, DueOptions.DEFAULT);
		assertEquals(endOf("2018-04-10"), dueOf(rule, "2018-03-28T10:00"));
		assertEquals(Kind.MET, check(rule, of("a 2018-03-28T10:00", "b 2018-04-10"), "2018-05-01").kind());
		assertEquals(Kind.MISSED, check(rule, of("a 2018-03-28T10:00", "b 2018-04-11"), "2018-05-01").kind());
	}

	@Test
	void sixWorkingDaysAcrossStoreBededag2023AgainstTheSameWeekIn2024() {
		Rule rule = deadline(6, TimeUnit.WORKING_DAYS, DueOptions.DEFAULT);
		// Monday 1 May 2023: Friday 5 May is Store Bededag
		assertEquals(endOf("2023-05-10"), dueOf(rule, "2023-05-01"));
		// Monday 22 April 2024: Friday 26 April is a working day since 2024
		assertEquals(endOf("2024-04-30"), dueOf(rule, "2024-04-22"));
	}

	@Test
	void rollMovesADayOffToTheNextWorkingDay() {
		// Friday 3 March 2017 + 1 day = Saturday 4 March
		assertEquals(endOf("2017-03-04"), dueOf(deadline(1, TimeUnit.DAYS, DueOptions.DEFAULT), "2017-03-03"));
		DueOptions roll = new DueOptions(Rounding.ERROR, true, Set.of());
		assertEquals(endOf("2017-03-06"), dueOf(deadline(1, TimeUnit.DAYS, roll), "2017-03-03"));
		assertTrue(check(deadline(1, TimeUnit.DAYS, roll), of("a 2017-03-03"), "2017-04-01").derivationDa()
				.contains("(rullet fra 2017-03-04, en fridag)"));
		// 2024-12-23 + 1 day = Tuesday 24 December: a day off only for rules that say so
		DueOptions christmas = new DueOptions(Rounding.ERROR, true, Set.of(OptionalHoliday.CHRISTMAS_EVE));
		assertEquals(endOf("2024-12-24"), dueOf(deadline(1, TimeUnit.DAYS, roll), "2024-12-23"));
		assertEquals(endOf("2024-12-27"), dueOf(deadline(1, TimeUnit.DAYS, christmas), "2024-12-23"));
	}

	@Test
	void notYetDueUntilTheDuePointHasPassed() {
		Rule rule = deadline(24, TimeUnit.HOURS, DueOptions.DEFAULT);
		assertEquals(Kind.NOT_YET_DUE, check(rule, of("a 2017-03-03T16:40"), "2017-03-04T16:40").kind());
		assertEquals(Kind.MISSED, check(rule, of("a 2017-03-03T16:40"), "2017-03-04T16:41").kind());
		// an event after the as-of time has not happened yet
		assertEquals(Kind.NOT_YET_DUE, check(rule, of("a 2017-03-03T16:40", "b 2017-03-04T10:00"), "2017-03-04T09:00").kind());
	}

	@Test
	void theCalendarsRangeIsNotGuessed() {
		Verdict v = check(deadline(6, TimeUnit.WORKING_DAYS, DueOptions.DEFAULT), of("a 2099-12-28"), "2099-12-30");
		assertEquals(Kind.NOT_EVALUABLE, v.kind());
		assertTrue(v.derivationEn().contains("the calendar does not cover 2100"), v.derivationEn());
	}

	// ---- applicability and law versions ---------------------------------------------------

	@Test
	void notApplicableWithoutTheAnchorOrWhenTheConditionDoesNotHold() {
		Rule rule = deadline(1, TimeUnit.DAYS, DueOptions.DEFAULT);
		Verdict none = check(rule, of("b 2017-03-03"), "2017-04-01");
		assertEquals(Kind.NOT_APPLICABLE, none.kind());
		assertEquals("a not recorded as of 2017-04-01 12:00: the obligation has not arisen → not applicable", none.derivationEn());
		Rule flagged = new Rule("r", "", List.of(new RuleVersion(ANY, "§ 1",
				new Deadline("a", "b", Duration.of(1, TimeUnit.DAYS), null), c -> c.flag("professionel_underretter"),
				"flag professionel_underretter")));
		Verdict notFlagged = check(flagged, of("a 2017-03-03"), "2017-04-01");
		assertEquals(Kind.NOT_APPLICABLE, notFlagged.kind());
		assertEquals("reglens betingelse er ikke opfyldt: flag professionel_underretter → ikke relevant",
				notFlagged.derivationDa());
		assertEquals(Kind.MISSED, check(flagged, Cases.withFlags(Set.of("professionel_underretter"), null, "a 2017-03-03"),
				"2017-04-01").kind());
	}

	@Test
	void theLawInForceOnTheAnchorDateApplies() {
		// SEL: the plan before the decision; BL: the plan within 3 months of the decision
		Rule rule = new Rule("handleplan_foer_afgoerelse", "", List.of(
				new RuleVersion(SEL, "§ 140", new Before("handleplan_udarbejdet", "foranstaltning_afgjort")),
				new RuleVersion(BL, "§ 91", new Deadline("foranstaltning_afgjort", "handleplan_udarbejdet",
						Duration.of(3, TimeUnit.MONTHS), DueOptions.rounding(Rounding.DOWN)))));
		Verdict before = check(rule, of("foranstaltning_afgjort 2023-12-31", "handleplan_udarbejdet 2024-02-01"), "2024-06-01");
		assertEquals("SEL", before.law());
		assertEquals(Kind.MISSED, before.kind());
		assertEquals(endOf("2023-12-31"), before.due());
		Verdict after = check(rule, of("foranstaltning_afgjort 2024-01-01", "handleplan_udarbejdet 2024-02-01"), "2024-06-01");
		assertEquals("BL", after.law());
		assertEquals("§ 91", after.section());
		assertEquals(Kind.MET, after.kind());
		assertEquals(endOf("2024-04-01"), after.due());
	}

	@Test
	void noLawVersionCoveringTheAnchorIsNotEvaluable() {
		Rule rule = rule(SEL, new Deadline("a", "b", Duration.of(1, TimeUnit.DAYS), null));
		Verdict v = check(rule, of("a 2024-01-01"), "2024-06-01");
		assertEquals(Kind.NOT_EVALUABLE, v.kind());
		assertEquals("ingen lovversion af reglen gælder for a 2024-01-01 → kan ikke vurderes", v.derivationDa());
	}

	// ---- before ---------------------------------------------------------------------------

	@Test
	void beforeComparesDates() {
		Rule rule = rule(ANY, new Before("plan", "decision"));
		assertEquals(Kind.MET, check(rule, of("plan 2020-01-10T15:00", "decision 2020-01-10T09:00"), "2020-06-01").kind());
		Verdict late = check(rule, of("plan 2020-01-11", "decision 2020-01-10"), "2020-06-01");
		assertEquals(Kind.MISSED, late.kind());
		assertEquals("plan 2020-01-11 efter decision 2020-01-10 → overskredet", late.derivationDa());
		assertEquals(Kind.MISSED, check(rule, of("decision 2020-01-10"), "2020-06-01").kind());
		assertEquals(Kind.NOT_APPLICABLE, check(rule, of("plan 2020-01-10"), "2020-06-01").kind());
	}

	// ---- recurring --------------------------------------------------------------------------

	private static final Rule FOLLOW_UP = rule(ANY, new Recurring("start", "fu", Duration.of(3, TimeUnit.MONTHS),
			Duration.of(6, TimeUnit.MONTHS), null, DueOptions.rounding(Rounding.DOWN)));

	@Test
	void aFollowUpChainWithOneLateFollowUp() {
		CaseFacts c = of("start 2020-01-15", "fu 2020-04-01", "fu 2020-11-20", "fu 2021-03-15");
		Verdict v = check(FOLLOW_UP, c, "2021-06-01");
		assertEquals(Kind.MISSED, v.kind());
		assertEquals(endOf("2020-10-01"), v.due());
		assertEquals("start 2020-01-15 + 3 months = 2020-04-15: fu 2020-04-01 → met; "
				+ "fu 2020-04-01 + 6 months = 2020-10-01: fu 2020-11-20 → missed; "
				+ "due point 2020-10-01 + 6 months = 2021-04-01: fu 2021-03-15 → met; "
				+ "fu 2021-03-15 + 6 months = 2021-09-15: fu not recorded as of 2021-06-01 12:00; overall → missed",
				v.derivationEn());
		// all in time
		assertEquals(Kind.MET, check(FOLLOW_UP, of("start 2020-01-15", "fu 2020-04-01", "fu 2020-09-20"), "2021-01-01").kind());
		// the second follow-up is not yet due: still met
		assertEquals(Kind.MET, check(FOLLOW_UP, of("start 2020-01-15", "fu 2020-04-01"), "2020-08-01").kind());
		// nothing yet and the first due point not passed
		assertEquals(Kind.NOT_YET_DUE, check(FOLLOW_UP, of("start 2020-01-15"), "2020-04-15").kind());
		assertEquals(Kind.MISSED, check(FOLLOW_UP, of("start 2020-01-15"), "2020-04-16").kind());
		// a follow-up dropped after the first
		assertEquals(Kind.MISSED, check(FOLLOW_UP, of("start 2020-01-15", "fu 2020-04-01"), "2020-10-02").kind());
	}

	@Test
	void aRecordedRhythmReplacesTheFallback() {
		Rule rule = rule(ANY, new Recurring("start", "fu", Duration.of(3, TimeUnit.MONTHS), Duration.of(6, TimeUnit.MONTHS),
				"rhythm", DueOptions.rounding(Rounding.DOWN)));
		CaseFacts c = of("start 2024-01-15", "fu 2024-04-01", "rhythm 2024-04-01 = 3", "fu 2024-08-01");
		Verdict v = check(rule, c, "2024-09-01");
		assertEquals(Kind.MISSED, v.kind());
		assertTrue(v.derivationDa().contains("fu 2024-04-01 + 3 måneder (rytme fra rhythm 2024-04-01) = 2024-07-01"),
				v.derivationDa());
		assertEquals(Kind.MET, check(rule, of("start 2024-01-15", "fu 2024-04-01", "fu 2024-08-01"), "2024-09-01").kind());
		assertEquals(Kind.NOT_EVALUABLE,
				check(rule, of("start 2024-01-15", "fu 2024-04-01", "rhythm 2024-03-01 = tre"), "2024-09-01").kind());
	}

	// ---- frequency --------------------------------------------------------------------------

	private static final Rule VISITS = rule(ANY, new Frequency("start", 2, "visit", Window.PLACEMENT_YEAR));

	@Test
	void aPlacementYearWithTwoVisitsFollowedByOneWithOne() {
		CaseFacts c = of("start 2020-01-15", "visit 2020-03-01", "visit 2020-09-01", "visit 2021-06-01");
		assertEquals(Kind.NOT_YET_DUE, check(VISITS, c, "2020-12-01").kind());
		assertEquals(Kind.MET, check(VISITS, c, "2021-06-01").kind());
		Verdict v = check(VISITS, c, "2022-02-01");
		assertEquals(Kind.MISSED, v.kind());
		assertEquals(endOf("2022-01-14"), v.due());
		assertEquals("start 2020-01-15; år 1 2020-01-15 til 2021-01-14: 2 × visit (mindst 2) → overholdt; "
				+ "år 2 2021-01-15 til 2022-01-14: 1 × visit (mindst 2) → overskredet; samlet → overskredet", v.derivationDa());
	}

	@Test
	void calendarYearsStartWithTheFirstWholeYear() {
		Rule rule = rule(ANY, new Frequency("start", 2, "visit", Window.CALENDAR_YEAR));
		CaseFacts c = of("start 2020-06-15", "visit 2020-07-01", "visit 2021-03-01", "visit 2021-09-01");
		assertEquals(Kind.NOT_YET_DUE, check(rule, c, "2021-12-31").kind());
		assertEquals(Kind.MET, check(rule, c, "2022-01-01").kind());
		assertEquals(Kind.MISSED, check(rule, c, "2023-01-01").kind());
	}

	// ---- population ---------------------------------------------------------------------------

	@Test
	void aSummaryCountsPerRuleAndUnit() {
		Rule rule = deadline(1, TimeUnit.DAYS, DueOptions.DEFAULT);
		List<CaseFacts> cases = List.of(
				new CaseFacts("1", "Amager", "x", null, null, List.of(Cases.event("a 2020-01-01"), Cases.event("b 2020-01-02"))),
				new CaseFacts("2", "Amager", "x", null, null, List.of(Cases.event("a 2020-01-01"))),
				new CaseFacts("3", "Valby", "x", null, null, List.of(Cases.event("b 2020-01-01"))));
		Summary summary = engine.summarize(List.of(rule), cases, t("2020-06-01"));
		List<Summary.Row> rows = summary.rows();
		assertEquals(3, rows.size());
		assertEquals(new Summary.Row("r", "Amager", 1, 1, 0, 0, 0), rows.get(0));
		assertEquals(new Summary.Row("r", "Valby", 0, 0, 0, 0, 1), rows.get(1));
		assertEquals(new Summary.Row("r", Summary.ALL_UNITS, 1, 1, 0, 0, 1), rows.get(2));
		assertEquals(0.5, rows.get(2).shareMet());
		assertTrue(Double.isNaN(rows.get(1).shareMet()));
		assertNull(check(rule, of("b 2020-01-01"), "2020-06-01").due());
	}
}
