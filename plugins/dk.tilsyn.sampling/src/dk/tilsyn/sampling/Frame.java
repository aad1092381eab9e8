package dk.tilsyn.sampling;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import dk.tilsyn.model.Case;
import dk.tilsyn.model.CaseEvent;
import dk.tilsyn.sampling.internal.Sha256;

/**
 * The units a level draws from, in canonical order (by stage, then case id, byte order of
 * UTF-8), with the units left out and why. Its hash is the SHA-256 of the canonical text,
 * lines {@code case_id,stage,unit,caseworker} each ending in {@code \n}.
 */
public final class Frame {
	/** Canonical order: stage, then case id, both in UTF-8 byte order. */
	public static final Comparator<Unit> CANONICAL = Comparator.comparing(Unit::stage, Sha256.UTF8_ORDER)
			.thenComparing(Unit::caseId, Sha256.UTF8_ORDER);

	private final List<Unit> units;
	private final List<Exclusion> exclusions;
	private String hash;

	private Frame(List<Unit> units, List<Exclusion> exclusions) {
		this.units = units;
		this.exclusions = exclusions;
	}

	/** A frame of these units, in any order; a (case, stage) pair may occur only once. */
	public static Frame of(Collection<Unit> units, List<Exclusion> exclusions) {
		List<Unit> sorted = new ArrayList<>(units);
		sorted.sort(CANONICAL);
		for (int i = 1; i < sorted.size(); i++) {
			if (CANONICAL.compare(sorted.get(i - 1), sorted.get(i)) == 0) {
				throw new IllegalArgumentException("The unit (" + sorted.get(i).caseId() + ", " + sorted.get(i).stage()
						+ ") occurs twice in the frame");
			}
		}
		return new Frame(List.copyOf(sorted), List.copyOf(exclusions));
	}

	public static Frame of(Collection<Unit> units) {
		return of(units, List.of());
	}

	/**
	 * Every (case, stage) unit whose stage's completing event falls in [from, to] and whose
	 * condition holds (CASE-DATA.md). A stage completed more than once in the period (repeating
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

	/** SHA-256 of {@link #canonicalText()}, lowercase hex. */
	public synchronized String hash() {
		if (hash == null) {
			MessageDigest sha256 = Sha256.digest();
			for (Unit unit : units) {
				sha256.update(unit.frameLine().getBytes(StandardCharsets.UTF_8));
				sha256.update((byte) '\n');
			}
			hash = HexFormat.of().formatHex(sha256.digest());
		}
		return hash;
	}
}
