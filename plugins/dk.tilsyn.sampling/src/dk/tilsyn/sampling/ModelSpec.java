package dk.tilsyn.sampling;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * A sampling model as data: what the concept's {@code stikprøvemodel} declares, independent of
 * the concept language. Either levels (Models 1–3), a rule over decisions (Ankestyrelsen), or
 * the name of a custom {@link SamplingModelService}.
 *
 * @param cadence     how often the model draws, as declared (for the audit record only)
 * @param simultaneous all levels review one sample at once (Model 2) rather than staggered
 * @param service     the name of a custom model service, or null for the built-in engine
 */
public record ModelSpec(String name, String title, String version, String cadence, boolean simultaneous,
		String service, List<Level> levels, DecisionRule rule) {

	public ModelSpec {
		levels = levels == null ? List.of() : List.copyOf(levels);
	}

	public static ModelSpec ofLevels(String name, boolean simultaneous, List<Level> levels) {
		return new ModelSpec(name, name, null, null, simultaneous, null, levels, null);
	}

	public static ModelSpec ofRule(String name, DecisionRule rule) {
		return new ModelSpec(name, name, null, null, false, null, List.of(), rule);
	}

	public static ModelSpec ofService(String name, String service) {
		return new ModelSpec(name, name, null, null, false, service, List.of(), null);
	}

	public ModelSpec withVersion(String newVersion) {
		return new ModelSpec(name, title, newVersion, cadence, simultaneous, service, levels, rule);
	}

	/** Where a level's frame comes from. */
	public enum FrameSource {
		/** every eligible unit of the period, after exclusions */
		POPULATION,
		/** the sample of a lower level (nested, staggered) */
		LEVEL,
		/** the same sample as the level that draws from the population (simultaneous) */
		SAME_SAMPLE
	}

	public enum Stratification {
		ALL, CASEWORKER, UNIT
	}

	public enum PeriodUnit {
		MONTH, QUARTER, HALF_YEAR, YEAR
	}

	/** A review level: its frame and its draws (none when it reviews the same sample). */
	public record Level(int number, String title, FrameSource frame, int frameLevel, List<Draw> draws) {
		public Level {
			draws = draws == null ? List.of() : List.copyOf(draws);
		}

		public static Level fromPopulation(int number, Draw... draws) {
			return new Level(number, null, FrameSource.POPULATION, 0, List.of(draws));
		}

		public static Level fromLevel(int number, int frameLevel, Draw... draws) {
			return new Level(number, null, FrameSource.LEVEL, frameLevel, List.of(draws));
		}

		public static Level sameSample(int number) {
			return new Level(number, null, FrameSource.SAME_SAMPLE, 0, List.of());
		}
	}

	/**
	 * {@code count} units per stratum (the lower bound when a range {@code count til max} is
	 * declared), strata by caseworker, unit or none, optionally split by period of completion,
	 * optionally only from one named unit, optionally as quotas over stages.
	 */
	public record Draw(int count, Integer max, Stratification stratification, PeriodUnit per, String fromUnit,
			List<Quota> quotas) {
		public Draw {
			stratification = stratification == null ? Stratification.ALL : stratification;
			quotas = quotas == null ? List.of() : List.copyOf(quotas);
		}

		public static Draw of(int count, Stratification stratification) {
			return new Draw(count, null, stratification, null, null, List.of());
		}
	}

	/**
	 * {@code count} units of these stages; of them {@code subQuotas} with a flag; a shortfall is
	 * filled from the stage {@code fillFrom} only when it is given.
	 */
	public record Quota(List<String> stages, int count, List<SubQuota> subQuotas, String fillFrom) {
		public Quota {
			stages = List.copyOf(stages);
			subQuotas = subQuotas == null ? List.of() : List.copyOf(subQuotas);
		}

		public static Quota of(String stage, int count) {
			return new Quota(List.of(stage), count, List.of(), null);
		}

		/** The sub-stratum's part of the key: the stages joined with '+'. */
		public String key() {
			return String.join("+", stages);
		}
	}

	public record SubQuota(String flag, int count) {
	}

	/**
	 * Ankestyrelsen's kind of selection: per decision type a count, newest decision first on
	 * or before the cut-off, within a window before it; exclusions by flag, age on the cut-off
	 * and siblings. {@code within}, {@code responsibleSince}, ages may be null.
	 */
	public record DecisionRule(LocalDate cutoff, String decisionEvent, Period within, List<DecisionType> types,
			LocalDate responsibleSince, List<String> excludedFlags, Integer minAge, Integer maxAge,
			boolean eldestSiblingOnly) {
		public DecisionRule {
			types = List.copyOf(types);
			excludedFlags = excludedFlags == null ? List.of() : List.copyOf(excludedFlags);
		}
	}

	public record DecisionType(String type, int count) {
	}
}
