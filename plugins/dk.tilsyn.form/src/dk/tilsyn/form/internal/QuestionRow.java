package dk.tilsyn.form.internal;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import dk.tilsyn.model.AnswerValue;
import dk.tilsyn.model.DeadlineVerdict;
import dk.tilsyn.model.concept.AnswerKind;
import dk.tilsyn.model.concept.ChoiceKind;
import dk.tilsyn.model.concept.Conditions;
import dk.tilsyn.model.concept.Question;
import dk.tilsyn.model.concept.YesNoKind;

/**
 * One question of the form, over the two columns of its parent: on the left its number and
 * text (guidance as tooltip), when it is asked, and the verdict of its deadline rule on the case;
 * on the right its input; a separator below.
 */
public final class QuestionRow {
	private final Question question;
	private final Label text;
	private final Label hint;
	private final Label verdict;
	private final AnswerInput input;

	/**
	 * @param verdict the verdict on the question's deadline rule for the case, or null
	 * @param unresolved what to write for a reference in its condition that does not resolve, or null
	 * @param onInput run after every answer the reviewer gives
	 */
	public QuestionRow(Composite parent, int number, Question question, DeadlineVerdict verdict,
			Conditions.UnresolvedNames unresolved, Runnable onInput) {
		this.question = question;
		Composite left = new Composite(parent, SWT.NONE);
		GridLayout leftLayout = new GridLayout(1, false);
		leftLayout.marginHeight = 2;
		left.setLayout(leftLayout);
		left.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		text = new Label(left, SWT.WRAP);
		text.setText(number + ". " + question.getText());
		GridData textData = new GridData(SWT.FILL, SWT.CENTER, true, false);
		textData.widthHint = 360; // wraps longer texts; narrower forms (the lawyers' preview) wrap earlier
		text.setLayoutData(textData);
		if (question.getGuidance() != null) {
			text.setToolTipText(question.getGuidance());
		}
		hint = new Label(left, SWT.WRAP);
		hint.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
		if (question.getCondition() != null) {
			hint.setText(NLS.bind(Messages.askedOnlyWhen, unresolved == null ? Conditions.toText(question.getCondition())
					: Conditions.toText(question.getCondition(), unresolved)));
		}
		hint.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		this.verdict = verdict == null ? null : VerdictText.label(left, verdict);

		AnswerKind kind = question.getKind();
		if (kind == null || kind instanceof YesNoKind) {
			input = new YesNoInput(parent, question.getName(), onInput);
		} else if (kind instanceof ChoiceKind choice) {
			input = new ChoiceInput(parent, question.getName(), choice, onInput);
		} else {
			input = new FieldInput(parent, question.getName(), kind, onInput);
		}
		Label separator = new Label(parent, SWT.SEPARATOR | SWT.HORIZONTAL);
		separator.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
	}

	public Question question() {
		return question;
	}

	/** The ja / nej / ikke relevant answer shown, or null. */
	public AnswerValue value() {
		return input.value();
	}

	/** The answer of another kind than ja/nej: an option's id, a number, a date or text; null when empty. */
	public String text() {
		return input.text();
	}

	public void select(AnswerValue value) {
		input.select(value);
	}

	public void setText(String value) {
		input.setText(value);
	}

	public boolean hasAnswer() {
		return value() != null || text() != null;
	}

	public void clear() {
		select(null);
		setText(null);
	}

	/** Why the typed answer cannot be saved, or null. */
	public String problem() {
		return input.problem();
	}

	public boolean isAsked() {
		return text.isEnabled();
	}

	public void setAsked(boolean asked) {
		text.setEnabled(asked);
		input.setEnabled(asked);
		hint.setVisible(!asked || question.getCondition() != null);
	}

	/** The verdict line shown under the question, or null when its case has no verdict for it. */
	public String verdictText() {
		return verdict == null ? null : verdict.getText();
	}

	/** The derivation of the verdict (the verdict line's tooltip), or null. */
	public String verdictDerivation() {
		return verdict == null ? null : verdict.getToolTipText();
	}
}
