package dk.tilsyn.lang.validation;

import static dk.tilsyn.lang.validation.DateAndNumberChecks.date;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.osgi.util.NLS;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.EValidatorRegistrar;

import dk.tilsyn.model.concept.Deadline;
import dk.tilsyn.model.concept.Duration;
import dk.tilsyn.model.concept.Event;
import dk.tilsyn.model.concept.Law;
import dk.tilsyn.model.concept.Precision;
import dk.tilsyn.model.concept.Recurring;
import dk.tilsyn.model.concept.Rounding;
import dk.tilsyn.model.concept.Rule;
import dk.tilsyn.model.concept.RuleDefinition;
import dk.tilsyn.model.concept.ConceptPackage;
import dk.tilsyn.model.concept.TimeUnit;

/**
 * A deadline rule can be computed without guessing: months are rounded as the lawyer chose,
 * hours count from events with a time, and the laws of its versions follow each other without
 * overlap or gap. Part of {@link TilsynValidator}.
 */
public class DeadlineRuleChecks extends AbstractDeclarativeValidator {
	private static final ConceptPackage P = ConceptPackage.eINSTANCE;

	/** Run by {@link TilsynValidator}, not registered on its own (else every issue came twice). */
	@Override
	public void register(EValidatorRegistrar registrar) {
	}

	/** A month rule without rounding is ambiguous for 31 Jan + 1 month: the lawyer must choose. */
	@Check
	public void checkRounding(Duration duration) {
		if ((duration.getUnit() == TimeUnit.MONTHS || duration.getUnit() == TimeUnit.YEARS)
				&& roundingOf(duration) == Rounding.UNSET) {
			error(Messages.missingRounding, duration, P.getDuration_Unit(), IssueCodes.MISSING_ROUNDING);
		}
	}

	private static Rounding roundingOf(Duration duration) {
		EObject requirement = duration.eContainer();
		if (requirement instanceof Deadline d && d.getDue() != null) {
			return d.getDue().getRounding();
		}
		if (requirement instanceof Recurring r && r.getDue() != null) {
			return r.getDue().getRounding();
		}
		return Rounding.DOWN; // durations elsewhere (a selection's window) are whole periods
	}

	@Check
	public void checkHoursNeedTimes(Deadline deadline) {
		if (deadline.getDuration() == null || deadline.getDuration().getUnit() != TimeUnit.HOURS) {
			return;
		}
		checkDateTime(deadline.getAnchor(), deadline, P.getRequirement_Anchor());
		checkDateTime(deadline.getTarget(), deadline, P.getRequirement_Target());
	}

	private void checkDateTime(Event event, Deadline deadline, EReference feature) {
		if (event != null && !event.eIsProxy() && event.getPrecision() != Precision.DATE_TIME) {
			error(NLS.bind(Messages.wrongPrecision, event.getName()), deadline, feature,
					IssueCodes.WRONG_EVENT_PRECISION, event.getName());
		}
	}

	/** The versions of a rule cover time without overlap or gap, in the order written. */
	@Check
	public void checkLawVersions(Rule rule) {
		List<RuleDefinition> definitions = rule.getDefinitions().stream()
				.filter(d -> d.getSection() != null && d.getSection().getLaw() != null
						&& !d.getSection().getLaw().eIsProxy())
				.sorted(Comparator.comparing(d -> from(d.getSection().getLaw()))).toList();
		for (int i = 1; i < definitions.size(); i++) {
			Law previous = definitions.get(i - 1).getSection().getLaw();
			Law next = definitions.get(i).getSection().getLaw();
			LocalDate previousEnd = to(previous);
			LocalDate nextStart = from(next);
			if (!previousEnd.isBefore(nextStart)) {
				error(NLS.bind(Messages.lawVersionsOverlap, previous.getName(), next.getName()), definitions.get(i),
						P.getRuleDefinition_Section(), IssueCodes.LAW_VERSIONS_OVERLAP);
			} else if (previousEnd.plusDays(1).isBefore(nextStart)) {
				error(NLS.bind(Messages.lawVersionsGap,
						new Object[] { previous.getName(), next.getName(), previousEnd.plusDays(1) }),
						definitions.get(i), P.getRuleDefinition_Section(), IssueCodes.LAW_VERSIONS_GAP);
			}
		}
	}

	private static LocalDate from(Law law) {
		LocalDate date = date(law.getValidFrom());
		return date == null ? LocalDate.MIN : date;
	}

	private static LocalDate to(Law law) {
		LocalDate date = date(law.getValidTo());
		return date == null ? LocalDate.MAX : date;
	}

	@Check
	public void checkLawValidity(Law law) {
		LocalDate from = date(law.getValidFrom());
		LocalDate to = date(law.getValidTo());
		if (from != null && to != null && from.isAfter(to)) {
			error(NLS.bind(Messages.lawValidityReversed, new Object[] { law.getName(), from, to }), law,
					P.getLaw_ValidTo(), IssueCodes.LAW_VALIDITY_REVERSED);
		}
	}
}
