package dk.tilsyn.sampling;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * One level's draw: the units are split into strata, and in each stratum the k units of
 * lowest rank are taken. The result depends only on the set of units, the seed, the round and
 * the level, not on the order the units come in; taking k + 1 keeps the first k.
 */
public final class StratifiedDraw {
	private final String seed;
	private final String round;
	private final int level;

	public StratifiedDraw(String seed, String round, int level) {
		this.seed = seed;
		this.round = round;
		this.level = level;
	}

	/** The picks, ordered by stratum and then rank. */
	public List<Pick> draw(List<Unit> frame, Function<Unit, String> stratumOf, int k) {
		Map<String, List<Pick>> strata = new TreeMap<>();
		for (Unit unit : frame) {
			String stratum = stratumOf.apply(unit);
			strata.computeIfAbsent(stratum, s -> new ArrayList<>())
					.add(new Pick(unit, stratum, Rank.of(seed, round, level, stratum, unit.caseId(), unit.stage())));
		}
		List<Pick> sample = new ArrayList<>();
		for (List<Pick> stratum : strata.values()) {
			stratum.sort(Comparator.comparing(Pick::rank));
			sample.addAll(stratum.subList(0, Math.min(k, stratum.size())));
		}
		return sample;
	}
}
