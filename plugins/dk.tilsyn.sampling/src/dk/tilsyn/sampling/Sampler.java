package dk.tilsyn.sampling;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;

import dk.tilsyn.sampling.ModelSpec.Draw;
import dk.tilsyn.sampling.ModelSpec.FrameSource;
import dk.tilsyn.sampling.ModelSpec.Level;
import dk.tilsyn.sampling.ModelSpec.Quota;
import dk.tilsyn.sampling.ModelSpec.SubQuota;
import dk.tilsyn.sampling.internal.DecisionSelection;
import dk.tilsyn.sampling.internal.Messages;
import dk.tilsyn.sampling.internal.Sha256;

/**
 * The built-in engine (docs/SAMPLING.md): a sample is a pure function of (frame, seed, model).
 * Levels draw the k units of lowest rank per stratum; a level's frame is the population, the
 * sample of a lower level (nested) or the same sample (simultaneous); quotas over stages and
 * flags are sub-strata whose shortfalls are recorded and filled only where the model says
 * {@code fyld fra}. Ankestyrelsen's rule is deterministic; a custom model is a service.
 */
public final class Sampler {
	/** Recorded in every audit record; changes whenever a sample could come out differently. */
	public static final String ALGORITHM = "tilsyn-sampling/1: rank = sha256(seed|round|level|stratum|case_id|stage), k lowest per stratum";

	private Sampler() {
	}

	public static Sample draw(ModelSpec model, DrawRequest request) {
		if (model.service() != null) {
			SamplingModelService service = SamplingModelServices.byName(model.service())
					.orElseThrow(() -> new SamplingException(NLS.bind(Messages.noSuchService, model.service(), model.name())));
			Sample drawn = service.draw(model, request);
			AuditRecord a = drawn.audit();
			// the engine, not the service, says who drew the sample and for what
			return new Sample(AuditRecord.of(model, request).drawnBy(service).algorithm(a.algorithm())
					.frame(a.frameHash(), a.frameSize(), a.exclusions()).levels(a.levels()).build(), drawn.levels());
		}
		if (model.rule() != null) {
			return DecisionSelection.draw(model, request);
		}
		Frame frame = request.frame();
		Drawn drawn = drawLevels(model, frame, request.seed(), request.round());
		return new Sample(audit(model, request, frame, drawn.records()), drawn.levels());
	}

	/** The audit record of a draw by the built-in engine. */
	public static AuditRecord audit(ModelSpec model, DrawRequest request, Frame frame, List<LevelRecord> levels) {
		return AuditRecord.of(model, request).algorithm(ALGORITHM).frame(frame).levels(levels).build();
	}

	/** Every level's sample and audit, in level order. */
	public record Drawn(List<LevelSample> levels, List<LevelRecord> records) {
	}

	/** Draws every level of a model from the first level's frame. */
	public static Drawn drawLevels(ModelSpec model, Frame population, String seed, String round) {
		List<Level> levels = new ArrayList<>(model.levels());
		levels.sort((a, b) -> Integer.compare(a.number(), b.number()));
		Map<Integer, LevelSample> samples = new LinkedHashMap<>();
		List<LevelRecord> records = new ArrayList<>();
		LevelSample shared = null;
		for (Level level : levels) {
			LevelSample sample;
			LevelRecord record;
			if (level.frame() == FrameSource.SAME_SAMPLE) {
				if (shared == null) {
					throw new SamplingException(NLS.bind(Messages.sameSampleFirst, model.name(), level.number()));
				}
				sample = new LevelSample(level.number(), shared.picks());
				Frame frame = Frame.of(shared.units());
				record = new LevelRecord(level.number(), "same sample", frame.hash(), frame.size(), List.of(),
						sample.picks().size());
			} else {
				Frame frame;
				String source;
				if (level.frame() == FrameSource.POPULATION) {
					frame = population;
					source = "population";
				} else {
					LevelSample below = samples.get(level.frameLevel());
					if (below == null || level.frameLevel() >= level.number()) {
						throw new SamplingException(NLS.bind(Messages.noLevelBelow,
								new Object[] { model.name(), level.number(), level.frameLevel() }));
					}
					frame = Frame.of(below.units());
					source = "level " + level.frameLevel();
				}
				List<Stratum> strata = new ArrayList<>();
				List<Pick> picks = drawLevel(level, frame.units(), new StratifiedDraw(seed, round, level.number()),
						strata);
				sample = new LevelSample(level.number(), picks);
				record = new LevelRecord(level.number(), source, frame.hash(), frame.size(), strata, picks.size());
				if (level.frame() == FrameSource.POPULATION && shared == null) {
					shared = sample;
				}
			}
			samples.put(level.number(), sample);
			records.add(record);
		}
		return new Drawn(List.copyOf(samples.values()), records);
	}

	/** One level: each draw in turn; a unit is taken once per level. */
	static List<Pick> drawLevel(Level level, List<Unit> frame, StratifiedDraw ranker, List<Stratum> strata) {
		Set<String> ownUnits = new HashSet<>();
		for (Draw draw : level.draws()) {
			if (draw.fromUnit() != null) {
				ownUnits.add(draw.fromUnit());
			}
		}
		Set<Unit> taken = new HashSet<>();
		List<Pick> picks = new ArrayList<>();
		for (Draw draw : level.draws()) {
			// a unit with a draw of its own (Døgnvagten) is not drawn again "per unit"
			// grouped on every core: a stratum's draw does not depend on the order of its units
			Map<LocalDate, String> periods = new ConcurrentHashMap<>();
			Map<String, List<Unit>> byKey = frame.parallelStream()
					.filter(unit -> draw.fromUnit() != null ? draw.fromUnit().equals(unit.unit())
							: !ownUnits.contains(unit.unit()))
					.collect(Collectors.groupingBy(unit -> baseKey(draw, unit, periods)));
			List<String> keys = new ArrayList<>(byKey.keySet());
			keys.sort(Sha256.UTF8_ORDER);
			if (draw.quotas().isEmpty() && taken.isEmpty()) {
				// the strata are independent: rank them on every core, keep them in key order
				List<List<Pick>> chosen = keys.parallelStream().map(key -> ranker.select(key, byKey.get(key), draw.count()))
						.toList();
				for (int i = 0; i < keys.size(); i++) {
					List<Pick> stratum = chosen.get(i);
					stratum.forEach(p -> taken.add(p.unit()));
					picks.addAll(stratum);
					strata.add(new Stratum(keys.get(i), byKey.get(keys.get(i)).size(), draw.count(), stratum.size(), null));
				}
				continue;
			}
			for (String base : keys) {
				List<Unit> units = byKey.get(base);
				if (draw.quotas().isEmpty()) {
					take(ranker, base, units, draw.count(), null, taken, picks, strata);
					continue;
				}
				for (Quota quota : draw.quotas()) {
					String key = base + "/" + quota.key();
					List<Unit> ofStages = units.stream().filter(u -> quota.stages().contains(u.stage())).toList();
					int picked = 0;
					int flagged = 0;
					for (SubQuota sub : quota.subQuotas()) {
						List<Unit> withFlag = ofStages.stream().filter(u -> u.flags().contains(sub.flag())).toList();
						picked += take(ranker, key + "/" + sub.flag(), withFlag, sub.count(), null, taken, picks, strata);
						flagged += sub.count();
					}
					int rest = quota.count() - flagged;
					if (rest > 0) {
						picked += take(ranker, key, ofStages, rest, null, taken, picks, strata);
					}
					int shortfall = quota.count() - picked;
					if (quota.fillFrom() != null && shortfall > 0) {
						List<Unit> filler = units.stream().filter(u -> u.stage().equals(quota.fillFrom())).toList();
						take(ranker, key + "/fyld:" + quota.fillFrom(), filler, shortfall, key, taken, picks, strata);
					}
				}
			}
		}
		return picks;
	}

	/** Draws k of the units not yet taken in this level; records the stratum; returns how many. */
	private static int take(StratifiedDraw ranker, String key, List<Unit> units, int k, String fills, Set<Unit> taken,
			List<Pick> picks, List<Stratum> strata) {
		List<Unit> free = taken.isEmpty() ? units : units.stream().filter(u -> !taken.contains(u)).toList();
		List<Pick> chosen = ranker.select(key, free, k);
		for (Pick pick : chosen) {
			taken.add(pick.unit());
		}
		picks.addAll(chosen);
		strata.add(new Stratum(key, free.size(), k, chosen.size(), fills));
		return chosen.size();
	}

	/** The stratum key a draw puts a unit in: caseworker, unit or '*', then the period. */
	static String baseKey(Draw draw, Unit unit, Map<LocalDate, String> periods) {
		String key = switch (draw.stratification()) {
		case CASEWORKER -> unit.caseworker();
		case UNIT -> unit.unit();
		case ALL -> draw.fromUnit() != null ? draw.fromUnit() : "*";
		};
		return draw.per() == null ? key
				: key + "/" + periods.computeIfAbsent(unit.completed(), date -> period(draw.per(), date));
	}

	static String period(ModelSpec.PeriodUnit per, LocalDate date) {
		return switch (per) {
		case MONTH -> "%04d-%02d".formatted(date.getYear(), date.getMonthValue());
		case QUARTER -> "%04d-K%d".formatted(date.getYear(), (date.getMonthValue() + 2) / 3);
		case HALF_YEAR -> "%04d-H%d".formatted(date.getYear(), date.getMonthValue() <= 6 ? 1 : 2);
		case YEAR -> Integer.toString(date.getYear());
		};
	}
}
