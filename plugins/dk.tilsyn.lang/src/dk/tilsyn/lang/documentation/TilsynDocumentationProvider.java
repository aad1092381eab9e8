package dk.tilsyn.lang.documentation;

import java.time.LocalDate;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.documentation.IEObjectDocumentationProvider;

import dk.tilsyn.model.concept.Deadline;
import dk.tilsyn.model.concept.Duration;
import dk.tilsyn.model.concept.Event;
import dk.tilsyn.model.concept.Law;
import dk.tilsyn.model.concept.Precision;
import dk.tilsyn.model.concept.Question;
import dk.tilsyn.model.concept.Recurring;
import dk.tilsyn.model.concept.Rounding;
import dk.tilsyn.model.concept.Rule;
import dk.tilsyn.model.concept.RuleDefinition;
import dk.tilsyn.model.concept.SectionRef;
import dk.tilsyn.model.concept.TimeUnit;

/**
 * What a hover shows (Markdown): a question's full text, guidance and law references; a law's
 * validity; a rule's versions with a worked example of its month arithmetic; an event's precision.
 */
public class TilsynDocumentationProvider implements IEObjectDocumentationProvider {

	@Override
	public String getDocumentation(EObject o) {
		if (o instanceof Question q) {
			StringBuilder doc = new StringBuilder("**" + q.getName() + "** — " + q.getText());
			if (q.getGuidance() != null) {
				doc.append("\n\n").append(q.getGuidance());
			}
			if (!q.getSections().isEmpty()) {
				doc.append("\n\nJf. ").append(q.getSections().stream().map(TilsynDocumentationProvider::section)
						.collect(Collectors.joining(" og ")));
			}
			if (q.getRule() != null && !q.getRule().eIsProxy()) {
				doc.append("\n\nFrist: ").append(q.getRule().getName()).append(" — ").append(q.getRule().getTitle());
			}
			return doc.toString();
		}
		if (o instanceof Law law) {
			return "**" + law.getName() + "** — " + law.getTitle() + "\n\nGælder "
					+ (law.getValidFrom() == null ? "" : "fra " + law.getValidFrom() + " ")
					+ (law.getValidTo() == null ? "" : "til " + law.getValidTo());
		}
		if (o instanceof Rule rule) {
			StringBuilder doc = new StringBuilder("**" + rule.getName() + "** — " + rule.getTitle());
			for (RuleDefinition d : rule.getDefinitions()) {
				doc.append("\n\n- ").append(section(d.getSection()));
				Law law = d.getSection() == null ? null : d.getSection().getLaw();
				if (law != null && !law.eIsProxy()) {
					doc.append(" (").append(law.getValidFrom() == null ? "" : "fra " + law.getValidFrom())
							.append(law.getValidTo() == null ? "" : " til " + law.getValidTo()).append(")");
				}
				String example = example(d);
				if (example != null) {
					doc.append(": ").append(example);
				}
			}
			return doc.toString();
		}
		if (o instanceof Event e) {
			return "**" + e.getName() + "**" + (e.getTitle() == null ? "" : " — " + e.getTitle()) + "\n\n"
					+ (e.getPrecision() == Precision.DATE_TIME ? "dato og klokkeslæt" : "dato")
					+ (e.isRepeats() ? ", gentages" : "");
		}
		return null;
	}

	static String section(SectionRef s) {
		if (s == null) {
			return "";
		}
		return (s.getLaw() == null ? "?" : s.getLaw().getName()) + " § " + s.getParagraph()
				+ (s.getLetter() == null ? "" : " " + s.getLetter())
				+ (s.getSubsection() > 0 ? ", stk. " + s.getSubsection() : "")
				+ (s.getNumber() > 0 ? ", nr. " + s.getNumber() : "");
	}

	/** "31 jan. + 1 måned → 28 feb." for a month rule, showing what its rounding does. */
	static String example(RuleDefinition d) {
		Duration duration = null;
		Rounding rounding = null;
		if (d.getRequirement() instanceof Deadline deadline) {
			duration = deadline.getDuration();
			rounding = deadline.getDue() == null ? Rounding.UNSET : deadline.getDue().getRounding();
		} else if (d.getRequirement() instanceof Recurring recurring) {
			duration = recurring.getFirst();
			rounding = recurring.getDue() == null ? Rounding.UNSET : recurring.getDue().getRounding();
		}
		if (duration == null || (duration.getUnit() != TimeUnit.MONTHS && duration.getUnit() != TimeUnit.YEARS)) {
			return null;
		}
		int months = duration.getAmount() * (duration.getUnit() == TimeUnit.YEARS ? 12 : 1);
		LocalDate start = duration.getUnit() == TimeUnit.YEARS ? LocalDate.of(2024, 2, 29) : LocalDate.of(2023, 1, 31);
		LocalDate target = start.plusMonths(months); // java.time already falls to the month end
		boolean missingDay = target.getDayOfMonth() != start.getDayOfMonth();
		String result = switch (rounding) {
		case UP -> missingDay ? target.plusDays(1).toString() : target.toString();
		case ERROR -> missingDay ? "fejl (dagen findes ikke)" : target.toString();
		case UNSET -> "afrunding mangler";
		default -> target.toString();
		};
		return start + " + " + duration.getAmount() + " " + duration.getUnit().getLiteral() + " → " + result;
	}
}
