package dk.tilsyn.lang.validation;

import org.eclipse.xtext.validation.ComposedChecks;

/**
 * The concept checks: one {@code @Check} per rule, codes from {@link IssueCodes}, messages a
 * lawyer can act on (Danish by default). Local checks run as you type (FAST); those that read
 * another file (imports, the previous concept version) are NORMAL. The checks live in one class
 * per subject, composed here as Xtext composes its own validators; each of them runs within this
 * validator's validation run (its context, its diagnostics) and is not registered on its own.
 */
@ComposedChecks(validators = { IdChecks.class, ConditionChecks.class, DeadlineRuleChecks.class,
		DateAndNumberChecks.class, SamplingModelChecks.class, ImportChecks.class, PreviousVersionChecks.class })
public class TilsynValidator extends AbstractTilsynValidator {
}
