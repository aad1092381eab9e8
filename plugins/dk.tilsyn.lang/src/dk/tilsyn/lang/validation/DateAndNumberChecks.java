package dk.tilsyn.lang.validation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.EValidatorRegistrar;

import dk.tilsyn.model.concept.ConceptPackage;

/**
 * What the grammar cannot say about the dates and numbers written in a concept: a date exists
 * in the calendar, a number is within what can be computed with. Part of {@link TilsynValidator}.
 */
public class DateAndNumberChecks extends AbstractDeclarativeValidator {
	private static final ConceptPackage P = ConceptPackage.eINSTANCE;

	private static final Set<EAttribute> DATES = Set.of(P.getConcept_ValidFrom(), P.getLaw_ValidFrom(),
			P.getLaw_ValidTo(), P.getRuleBasedSelection_Cutoff(), P.getRuleBasedSelection_ResponsibleSince());

	/**
	 * Numbers beyond these are refused rather than computed with: a sum of two large draws
	 * would overflow, and no municipality reviews more cases than this in a round.
	 */
	private static final Map<EAttribute, Integer> MAXIMA = Map.of(P.getDraw_Count(), 10_000, P.getDraw_Max(), 10_000,
			P.getQuota_Count(), 10_000, P.getSubQuota_Count(), 10_000, P.getDecisionTypeCount_Count(), 10_000,
			P.getCadence_TimesPerYear(), 365, P.getDuration_Amount(), 10_000, P.getFrequency_Count(), 366);

	/** Run by {@link TilsynValidator}, not registered on its own (else every issue came twice). */
	@Override
	public void register(EValidatorRegistrar registrar) {
	}

	/** The date, or null when there is none or it does not exist (the date check reports that). */
	static LocalDate date(String text) {
		try {
			return text == null ? null : LocalDate.parse(text);
		} catch (DateTimeParseException e) {
			return null;
		}
	}

	/** The grammar takes any NNNN-NN-NN; only dates of the calendar (2017-02-30 is none) mean something. */
	@Check
	public void checkDatesExist(EObject object) {
		for (EAttribute attribute : object.eClass().getEAllAttributes()) {
			if (DATES.contains(attribute) && object.eGet(attribute) instanceof String text && date(text) == null) {
				error(NLS.bind(Messages.invalidDate, text), object, attribute, IssueCodes.INVALID_DATE);
			}
		}
	}

	@Check
	public void checkNumbersInRange(EObject object) {
		for (EAttribute attribute : object.eClass().getEAllAttributes()) {
			Integer max = MAXIMA.get(attribute);
			if (max != null && object.eGet(attribute) instanceof Integer value && value > max) {
				error(NLS.bind(Messages.numberOutOfRange, value, max), object, attribute, IssueCodes.NUMBER_OUT_OF_RANGE);
			}
		}
	}
}
