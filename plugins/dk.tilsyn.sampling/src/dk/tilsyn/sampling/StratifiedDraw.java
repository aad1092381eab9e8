package dk.tilsyn.sampling;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;
import java.util.function.Function;

import dk.tilsyn.sampling.internal.Sha256;

/**
 * One level's draw: the units are split into strata, and in each stratum the k units of
 * lowest rank ({@link Rank}) are taken. The result depends only on the set of units, the seed,
 * the round, the level and the stratum key, not on the order the units come in; taking k + 1
 * keeps the first k.
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
		Map<String, List<Unit>> strata = new TreeMap<>(Sha256.UTF8_ORDER);
		for (Unit unit : frame) {
			strata.computeIfAbsent(stratumOf.apply(unit), s -> new ArrayList<>()).add(unit);
		}
		List<Pick> sample = new ArrayList<>();
		strata.forEach((stratum, units) -> sample.addAll(select(stratum, units, k)));
		return sample;
	}

	/**
	 * The k units of lowest rank ({@link Rank}) in one stratum (all of them when it has fewer),
	 * by rank. Only the picks' ranks are turned into hex: a stratum of a million units costs a
	 * million digests and a heap of k.
	 */
	public List<Pick> select(String stratum, Collection<Unit> units, int k) {
		if (k <= 0 || units.isEmpty()) {
			return List.of();
		}
		Rank.InStratum ranks = new Rank.InStratum(seed, round, level, stratum);
		byte[] rank = new byte[Rank.InStratum.LENGTH];
		// a max-heap on rank holding the k lowest seen so far
		PriorityQueue<Ranked> lowest = new PriorityQueue<>(Math.min(k, units.size()) + 1, (a, b) -> b.compareTo(a));
		for (Unit unit : units) {
			ranks.digest(unit.caseId(), unit.stage(), rank);
			if (lowest.size() < k) {
				lowest.add(new Ranked(rank.clone(), unit));
			} else if (Arrays.compareUnsigned(rank, lowest.peek().rank) < 0) {
				lowest.poll();
				lowest.add(new Ranked(rank.clone(), unit));
			}
		}
		List<Ranked> picked = new ArrayList<>(lowest);
		picked.sort(null);
		List<Pick> picks = new ArrayList<>(picked.size());
		for (Ranked r : picked) {
			picks.add(new Pick(r.unit, stratum, Rank.hex(r.rank)));
		}
		return picks;
	}

	private record Ranked(byte[] rank, Unit unit) implements Comparable<Ranked> {
		@Override
		public int compareTo(Ranked other) {
			// unsigned byte order of the digest = byte order of its lowercase hex
			return Arrays.compareUnsigned(rank, other.rank);
		}
	}
}
