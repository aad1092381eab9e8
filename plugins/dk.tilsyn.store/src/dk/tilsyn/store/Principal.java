package dk.tilsyn.store;

import java.util.Objects;

import dk.tilsyn.store.internal.AccessPolicy;

/**
 * Who is using the store, and so what they may see: a reviewer at level 1 or 2 reviews the
 * cases of one unit; levels 3 and 4 review across units; an administrator (level 0) imports
 * cases, plans rounds, and sees everything.
 */
public record Principal(String name, int level, String unit) {
	public static final int ADMINISTRATOR = 0;

	public Principal {
		Objects.requireNonNull(name, "name");
		if (level < 0 || level > 4) {
			throw new IllegalArgumentException("level 0 (administrator) to 4: " + level);
		}
		if ((level == 1 || level == 2) && (unit == null || unit.isBlank())) {
			throw new IllegalArgumentException("a level " + level + " reviewer belongs to a unit");
		}
	}

	public static Principal administrator(String name) {
		return new Principal(name, ADMINISTRATOR, null);
	}

	public static Principal reviewer(String name, int level, String unit) {
		return new Principal(name, level, level >= 3 ? null : unit);
	}

	public boolean isAdministrator() {
		return level == ADMINISTRATOR;
	}

	/**
	 * The access rule ({@link AccessPolicy}, which the store's queries use too): the review's
	 * level, and at levels 1 and 2 the case's unit too.
	 */
	public boolean mayAccess(int reviewLevel, String caseUnit) {
		return new AccessPolicy(this).mayAccess(reviewLevel, caseUnit);
	}
}
