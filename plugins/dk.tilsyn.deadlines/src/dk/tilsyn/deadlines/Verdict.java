package dk.tilsyn.deadlines;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Locale;

import dk.tilsyn.deadlines.internal.Texts;

/**
 * The verdict on one rule for one case, with the derivation a person can check, in Danish and
 * English (the text is put together when asked for, not for every case of a population).
 */
public record Verdict(String caseId, String ruleId, String law, String section, LocalDateTime due, Kind kind,
		Explanation explanation) {

	/** "End of day D": D 23:59:59.999 local time. */
	public static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59, 999_000_000);

	public enum Kind {
		MET, MISSED, NOT_YET_DUE, NOT_EVALUABLE, NOT_APPLICABLE;

		/** The name in machine output: met, missed, not_yet_due, not_evaluable, not_applicable. */
		public String id() {
			return name().toLowerCase(Locale.ROOT);
		}

		/** The verdict in words, as derivations write it: "overholdt", "missed", … */
		public String word(Locale locale) {
			return Words.word(Language.of(locale), this);
		}
	}

	public enum Language {
		DA, EN;

		public static Language of(Locale locale) {
			return "en".equals(locale.getLanguage()) ? EN : DA;
		}
	}

	/** Puts the derivation into words. */
	@FunctionalInterface
	public interface Explanation {
		String text(Language language);
	}

	/** The derivation, ending in the verdict ("... → overskredet"). */
	public String derivation(Language language) {
		String text = explanation.text(language);
		String word = Texts.get(language, "verdict." + kind.name());
		return text.endsWith(word) ? text : Texts.get(language, "arrow", text, word);
	}

	public String derivation(Locale locale) {
		return derivation(Language.of(locale));
	}

	public String derivationDa() {
		return derivation(Language.DA);
	}

	public String derivationEn() {
		return derivation(Language.EN);
	}

	/** The due point as written in output: a date for an end-of-day due point, else date and time. */
	public String dueText() {
		return due == null ? "" : dueText(due);
	}

	/** A due point as written in output: a date for an end-of-day due point, else date and time. */
	public static String dueText(LocalDateTime due) {
		return Format.dateTime(due);
	}

	@Override
	public String toString() {
		return caseId + " " + ruleId + " " + kind.id() + ": " + derivationEn();
	}
}
