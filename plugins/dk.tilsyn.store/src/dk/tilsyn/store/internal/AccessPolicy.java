package dk.tilsyn.store.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.osgi.util.NLS;

import dk.tilsyn.model.Review;
import dk.tilsyn.store.Principal;
import dk.tilsyn.store.StoreAccessException;

/**
 * The access rule, written once: a reviewer sees the reviews of their own level and, at levels
 * 1 and 2, of their own unit (and so the cases of that unit); levels 3 and 4 see every unit; an
 * administrator sees everything. The rule is the values a review must have, which the
 * checks in Java and the SQL filter are both read from.
 */
public final class AccessPolicy {
	/** What the rule compares, with the column of table review that holds it. */
	private enum Attribute {
		LEVEL("review_level"), UNIT("unit");

		final String column;

		Attribute(String column) {
			this.column = column;
		}
	}

	private final Principal principal;
	/** The values a review must have; nothing for an administrator. */
	private final Map<Attribute, Object> required = new EnumMap<>(Attribute.class);

	public AccessPolicy(Principal principal) {
		this.principal = principal;
		if (!principal.isAdministrator()) {
			required.put(Attribute.LEVEL, principal.level());
			if (principal.level() < 3) {
				required.put(Attribute.UNIT, principal.unit());
			}
		}
	}

	/** Whether the principal may see and change a review at this level of a case in this unit. */
	public boolean mayAccess(int reviewLevel, String caseUnit) {
		return allows(Attribute.LEVEL, reviewLevel) && allows(Attribute.UNIT, caseUnit);
	}

	/** Whether the principal may see a case of this unit. */
	boolean maySeeCase(String caseUnit) {
		return allows(Attribute.UNIT, caseUnit);
	}

	private boolean allows(Attribute attribute, Object value) {
		return !required.containsKey(attribute) || Objects.equals(required.get(attribute), value);
	}

	/**
	 * The rule as SQL conditions over the table review under the alias ({@code " AND r.unit = ?"}
	 * …, empty for an administrator); their values are added to parameters.
	 */
	String sqlFilter(String alias, List<Object> parameters) {
		StringBuilder sql = new StringBuilder();
		required.forEach((attribute, value) -> {
			sql.append(" AND ").append(alias).append('.').append(attribute.column).append(" = ?");
			parameters.add(value);
		});
		return sql.toString();
	}

	/** Refuses a review the principal may not see or change. */
	void checkReview(Review review, String caseUnit) {
		if (!mayAccess(review.getLevel(), caseUnit)) {
			throw new StoreAccessException(NLS.bind(Messages.noAccess,
					new Object[] { principal.name(), review.getCaseId(), review.getStage(), review.getLevel() }));
		}
	}

	/** Refuses what only an administrator does (imports, rounds, round files). */
	void requireAdministrator() {
		if (!principal.isAdministrator()) {
			throw new StoreAccessException(NLS.bind(Messages.administratorsOnly, principal.name()));
		}
	}
}
