package dk.tilsyn.sampling.tests;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dk.tilsyn.model.Case;
import dk.tilsyn.model.CaseEvent;
import dk.tilsyn.model.ReviewFactory;
import dk.tilsyn.population.SyntheticPopulation;
import dk.tilsyn.sampling.DrawRequest;
import dk.tilsyn.sampling.ModelSpec;
import dk.tilsyn.sampling.ModelSpec.Draw;
import dk.tilsyn.sampling.ModelSpec.Level;
import dk.tilsyn.sampling.ModelSpec.PeriodUnit;
import dk.tilsyn.sampling.ModelSpec.Quota;
import dk.tilsyn.sampling.ModelSpec.Stratification;
import dk.tilsyn.sampling.ModelSpec.SubQuota;
import dk.tilsyn.sampling.StageDefinition;
import dk.tilsyn.sampling.Unit;

/** The reference models and stages written as API data (the concept tests read them from kk2018). */
final class Fixtures {
	static final LocalDate FROM = LocalDate.of(2018, 7, 1);
	static final LocalDate TO = LocalDate.of(2018, 9, 30);

	static final List<StageDefinition> STAGES = List.of(new StageDefinition("underretning", "underretning_vurderet"),
			new StageDefinition("undersoegelse", "undersoegelse_afsluttet"),
			new StageDefinition("handleplan_anbringelse", "handleplan_udarbejdet", c -> kind(c, "anbringelse")),
			new StageDefinition("handleplan_forebyggende", "handleplan_udarbejdet", c -> kind(c, "forebyggende")),
			new StageDefinition("opfoelgning_anbringelse", "opfoelgning", c -> kind(c, "anbringelse")),
			new StageDefinition("opfoelgning_forebyggende", "opfoelgning", c -> kind(c, "forebyggende")));

	static final ModelSpec MODEL1 = ModelSpec.ofLevels("model1", false,
			List.of(Level.fromPopulation(1, Draw.of(1, Stratification.CASEWORKER)),
					Level.fromLevel(2, 1, Draw.of(15, Stratification.UNIT)),
					Level.fromLevel(3, 2, Draw.of(40, Stratification.ALL)),
					Level.fromLevel(4, 3, Draw.of(20, Stratification.ALL))));

	static final ModelSpec MODEL2 = ModelSpec.ofLevels("model2", true,
			List.of(Level.fromPopulation(1, new Draw(30, 40, Stratification.ALL, null, null, List.of())),
					Level.sameSample(2), Level.sameSample(3), Level.sameSample(4)));

	static final ModelSpec MODEL3 = ModelSpec.ofLevels("model3", false, List.of(
			Level.fromPopulation(1, new Draw(1, null, Stratification.CASEWORKER, PeriodUnit.MONTH, null, List.of())),
			Level.fromLevel(2, 1,
					new Draw(20, null, Stratification.UNIT, null, null,
							List.of(Quota.of("underretning", 3), Quota.of("undersoegelse", 3),
									new Quota(List.of("handleplan_anbringelse", "handleplan_forebyggende"), 7,
											List.of(new SubQuota("sikkerhedsplan", 2), new SubQuota("korte_snor", 2)),
											null),
									Quota.of("opfoelgning_anbringelse", 4), Quota.of("opfoelgning_forebyggende", 3))),
					new Draw(5, null, Stratification.ALL, null, SyntheticPopulation.DOEGNVAGTEN, List.of())),
			Level.fromLevel(3, 2, Draw.of(60, Stratification.ALL)), Level.fromLevel(4, 3, Draw.of(30, Stratification.ALL))));

	private Fixtures() {
	}

	static boolean kind(Case c, String kind) {
		return c.getEvents().stream().anyMatch(e -> e.getName().equals("foranstaltning_afgjort") && kind.equals(e.getValue()));
	}

	static List<Case> population(long seed, int size) {
		return new SyntheticPopulation(seed).samplingCases(size, FROM, TO);
	}

	static DrawRequest request(String seed, List<Case> cases) {
		return new DrawRequest("kk2018", "2018.1", "2018Q3", FROM, TO, seed, false, cases, STAGES);
	}

	static Unit unit(String caseId, String stage, String unit, String caseworker, String... flags) {
		return new Unit(caseId, stage, unit, caseworker, FROM, Set.of(flags));
	}

	/** n units of a stage in unit A, ids prefixed by the stage, with a flag on the first {@code flagged}. */
	static List<Unit> units(String stage, int n, int flagged, String flag) {
		List<Unit> units = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			units.add(i < flagged ? unit(stage + "-" + i, stage, "A", "SB" + i % 4, flag)
					: unit(stage + "-" + i, stage, "A", "SB" + i % 4));
		}
		return units;
	}

	static Case aCase(String id, String unit, LocalDate birth, String siblingGroup, String... flags) {
		Case c = ReviewFactory.eINSTANCE.createCase();
		c.setId(id);
		c.setUnit(unit);
		c.setCaseworker("SB1");
		c.setBirthDate(birth);
		c.setSiblingGroup(siblingGroup);
		c.getFlags().addAll(List.of(flags));
		return c;
	}

	static void event(Case c, String name, LocalDate date, String value) {
		CaseEvent e = ReviewFactory.eINSTANCE.createCaseEvent();
		e.setName(name);
		e.setDate(date);
		e.setValue(value);
		c.getEvents().add(e);
	}
}
