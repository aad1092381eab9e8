package dk.tilsyn.sampling;

import org.eclipse.osgi.util.NLS;

import dk.tilsyn.sampling.internal.Messages;

/** The audit record in words, in the user's language (Danish by default). */
public final class AuditText {
	private AuditText() {
	}

	public static String of(AuditRecord a) {
		StringBuilder text = new StringBuilder();
		line(text, NLS.bind(Messages.auditModel, new Object[] { a.model(), a.modelTitle(), a.modelVersion() }));
		if (a.service() != null) {
			line(text, NLS.bind(Messages.auditService, a.service(), a.serviceVersion()));
		}
		line(text, NLS.bind(Messages.auditConcept, a.conceptId(), a.conceptVersion()));
		line(text, NLS.bind(Messages.auditAlgorithm, a.algorithm()));
		line(text, NLS.bind(Messages.auditRound, new Object[] { a.round(), a.from(), a.to() }));
		line(text, NLS.bind(a.seedGenerated() ? Messages.auditSeedGenerated : Messages.auditSeed, a.seed()));
		line(text, NLS.bind(Messages.auditFrame, units(a.frameSize()), a.frameHash()));
		if (a.exclusions().isEmpty()) {
			line(text, Messages.auditNoExclusions);
		} else {
			line(text, NLS.bind(Messages.auditExclusions, a.exclusions().size()));
			for (Exclusion e : a.exclusions()) {
				String reason = switch (e.reason()) {
				case FLAG -> Messages.reasonFlag;
				case AGE -> Messages.reasonAge;
				case BIRTH_DATE_UNKNOWN -> Messages.reasonBirthDateUnknown;
				case NOT_ELDEST_SIBLING -> Messages.reasonNotEldestSibling;
				};
				line(text, NLS.bind(reason, e.caseId(), e.detail()));
			}
		}
		int total = 0;
		int shortfall = 0;
		for (LevelRecord level : a.levels()) {
			total += level.picked();
			shortfall += level.shortfall();
			if (level.frame().equals("same sample")) {
				line(text, NLS.bind(Messages.auditSameSample, level.level(), units(level.picked())));
				continue;
			}
			line(text, NLS.bind(Messages.auditLevel, new Object[] { level.level(), level.picked(), units(level.frameSize()),
					frameSource(level.frame()), level.frameHash() }));
			for (Stratum s : level.strata()) {
				if (s.filledFrom() != null) {
					line(text, NLS.bind(Messages.auditFills,
							new Object[] { s.key(), units(s.size()), s.k(), s.picked(), s.filledFrom() }));
				} else if (s.shortfall() > 0) {
					line(text, NLS.bind(Messages.auditShortfall,
							new Object[] { s.key(), units(s.size()), s.k(), s.picked(), s.shortfall() }));
				} else {
					line(text, NLS.bind(Messages.auditStratum, new Object[] { s.key(), units(s.size()), s.k(), s.picked() }));
				}
			}
		}
		line(text, NLS.bind(Messages.auditTotal, units(total), shortfall));
		return text.toString();
	}

	/** The frame's source as recorded ("population", "level 2", "decisions") in words. */
	private static String frameSource(String frame) {
		if (frame.startsWith("level ")) {
			return NLS.bind(Messages.frameLevel, frame.substring("level ".length()));
		}
		return switch (frame) {
		case "population" -> Messages.framePopulation;
		case "decisions" -> Messages.frameDecisions;
		default -> frame;
		};
	}

	/** "1 unit", "2 units": the forms are "singular|plural" in the message files. */
	private static String units(long n) {
		String[] forms = Messages.units.split("\\|");
		return n + " " + (n == 1 ? forms[0] : forms[forms.length - 1]);
	}

	private static void line(StringBuilder text, String line) {
		text.append(line).append('\n');
	}
}
