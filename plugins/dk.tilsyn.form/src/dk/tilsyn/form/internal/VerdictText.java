package dk.tilsyn.form.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import dk.tilsyn.concept.DeadlineAnswers;
import dk.tilsyn.deadlines.Verdict;
import dk.tilsyn.model.DeadlineVerdict;
import dk.tilsyn.model.VerdictKind;

/**
 * A deadline verdict as the reviewer reads it under a question: "Frist underretning_24t (SEL §
 * 155 stk. 2) · overskredet · senest 2018-07-02 14:00 · foreslår Nej", its derivation as the
 * tooltip. The verdict proposes the answer; the reviewer still gives it.
 */
final class VerdictText {
	private static final String SEPARATOR = " \u00b7 ";

	private VerdictText() {
	}

	static Label label(Composite parent, DeadlineVerdict verdict) {
		Label label = new Label(parent, SWT.WRAP);
		label.setText(line(verdict));
		label.setToolTipText(verdict.getDerivation());
		label.setForeground(parent.getDisplay().getSystemColor(color(verdict.getVerdict())));
		label.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		return label;
	}

	static String line(DeadlineVerdict verdict) {
		List<String> parts = new ArrayList<>();
		parts.add(verdict.getLaw() == null ? NLS.bind(Messages.deadline, verdict.getRuleId())
				: NLS.bind(Messages.deadlineWithLaw, verdict.getRuleId(), verdict.getLaw()));
		VerdictKind kind = verdict.getVerdict();
		if (kind != null) {
			parts.add(Verdict.Kind.valueOf(kind.name()).word(Locale.getDefault()));
		}
		if (verdict.getDue() != null) {
			parts.add(NLS.bind(Messages.deadlineDue, Verdict.dueText(verdict.getDue())));
		}
		if (kind != null) {
			DeadlineAnswers.answerFor(Verdict.Kind.valueOf(kind.name()))
					.ifPresent(answer -> parts.add(NLS.bind(Messages.deadlineProposes, YesNoInput.label(answer))));
		}
		return String.join(SEPARATOR, parts);
	}


	private static int color(VerdictKind kind) {
		if (kind == VerdictKind.MISSED) {
			return SWT.COLOR_DARK_RED;
		}
		return kind == VerdictKind.MET ? SWT.COLOR_DARK_GREEN : SWT.COLOR_DARK_GRAY;
	}
}
