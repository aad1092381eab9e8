package dk.tilsyn.sampling;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import dk.tilsyn.model.Case;
import dk.tilsyn.model.CaseEvent;
import dk.tilsyn.sampling.internal.Sha256;
import dk.tilsyn.sampling.internal.Utf8Buffer;

/**
 * The units a level draws from, in canonical order (by stage, then case id, byte order of
 * UTF-8), with the units left out and why. Its hash is the SHA-256 of the canonical text,
 * lines {@code case_id,stage,unit,caseworker} each ending in {@code \n}.
 */
public final class Frame {
	/** Canonical order: stage, then case id, both in UTF-8 byte order. */
	public static final Comparator<Unit> CANONICAL = (a, b) -> {
		int order = a.stage().equals(b.stage()) ? 0 : Sha256.compareUtf8(a.stage(), b.stage());
		return order != 0 ? order : Sha256.compareUtf8(a.caseId(), b.caseId());
	};

	private static final Comparator<Unit> BMP_ORDER = (a, b) -> {
		int order = a.stage() == b.stage() ? 0 : a.stage().compareTo(b.stage());
		return order != 0 ? order : a.caseId().compareTo(b.caseId());
	};

	private static boolean anySurrogate(Unit[] units) {
		for (Unit unit : units) {
			if (Sha256.hasSurrogate(unit.stage()) || Sha256.hasSurrogate(unit.caseId())) {
				return true;
			}
		}
		return false;
	}

	private final List<Unit> units;
	private final List<Exclusion> exclusions;
	private String hash;

	private Frame(List<Unit> units, List<Exclusion> exclusions) {
		this.units = units;
		this.exclusions = exclusions;
	}

	/** A frame of these units, in any order; a (case, stage) pair may occur only once. */
	public static Frame of(Collection<Unit> units, List<Exclusion> exclusions) {
		Unit[] sorted = units.toArray(new Unit[0]);
		// parallel: a level-1 frame of a million units is sorted on every core; without
		// surrogates (characters beyond U+FFFF) String order is UTF-8 byte order, and faster
		Arrays.parallelSort(sorted, anySurrogate(sorted) ? CANONICAL : BMP_ORDER);
		for (int i = 1; i < sorted.length; i++) {
			if (sorted[i - 1].caseId().equals(sorted[i].caseId()) && sorted[i - 1].stage().equals(sorted[i].stage())) {
				throw new IllegalArgumentException("The unit (" + sorted[i].caseId() + ", " + sorted[i].stage()
						+ ") occurs twice in the frame");
			}
		}
		return new Frame(List.of(sorted), List.copyOf(exclusions));
	}

	public static Frame of(Collection<Unit> units) {
		return of(units, List.of());
	}

	/**
	 * Every (case, stage) unit whose stage's completing event falls in [from, to] and whose
	 * condition holds (docs/SAMPLING.md, "Units and frames"). A stage completed more than once in the period (repeating
	 * events such as opfølgning) is one unit, dated by its last completion in the period.
	 */
	public static Frame fromPopulation(Collection<Case> cases, List<StageDefinition> stages, LocalDate from,
			LocalDate to) {
		List<Unit> units = new ArrayList<>();
		for (Case c : cases) {
			Set<String> flags = c.getFlags().isEmpty() ? Set.of() : new HashSet<>(c.getFlags());
			for (StageDefinition stage : stages) {
				LocalDate completed = null;
				for (CaseEvent event : c.getEvents()) {
					LocalDate at = event.getDate();
					if (event.getName().equals(stage.completedBy()) && !at.isBefore(from) && !at.isAfter(to)
							&& (completed == null || at.isAfter(completed))) {
						completed = at;
					}
				}
				if (completed != null && stage.completedWhen().test(c)) {
					units.add(new Unit(c.getId(), stage.name(), c.getUnit(), c.getCaseworker(), completed, flags));
				}
			}
		}
		return of(units, List.of());
	}

	/** The units in canonical order. */
	public List<Unit> units() {
		return units;
	}

	public int size() {
		return units.size();
	}

	public List<Exclusion> exclusions() {
		return exclusions;
	}

	public String canonicalText() {
		StringBuilder text = new StringBuilder(units.size() * 40);
		for (Unit unit : units) {
			text.append(unit.frameLine()).append('\n');
		}
		return text.toString();
	}

	/**
	 * SHA-256 of {@link #canonicalText()}, lowercase hex. The text is encoded in blocks on every
	 * core and digested in order: encoding, not SHA-256, is what a million lines cost.
	 */
	public synchronized String hash() {
		if (hash == null) {
			int block = 1 << 15;
			int blocks = (units.size() + block - 1) / block;
			List<byte[]> encoded = IntStream.range(0, blocks).parallel().mapToObj(b -> {
				Utf8Buffer text = new Utf8Buffer(block * 40);
				for (Unit unit : units.subList(b * block, Math.min(units.size(), (b + 1) * block))) {
					text.append(unit.caseId()).append(',').append(unit.stage()).append(',').append(unit.unit())
							.append(',').append(unit.caseworker()).append('\n');
				}
				return text.toByteArray();
			}).toList();
			MessageDigest sha256 = Sha256.digest();
			encoded.forEach(sha256::update);
			hash = HexFormat.of().formatHex(sha256.digest());
		}
		return hash;
	}
}
