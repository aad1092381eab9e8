package dk.tilsyn.form.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;

import dk.tilsyn.model.AnswerValue;

/**
 * Ja / nej / ikke relevant as three radio buttons in a group of their own. Each button carries
 * its question's id ("question") and its answer ("answer") as data, for tests that click.
 */
final class YesNoInput implements AnswerInput {
	private static final AnswerValue[] CHOICES = { AnswerValue.YES, AnswerValue.NO, AnswerValue.NOT_RELEVANT };

	private final Map<AnswerValue, Button> choices = new LinkedHashMap<>();

	YesNoInput(Composite parent, String questionId, Runnable onInput) {
		Composite group = new Composite(parent, SWT.NONE);
		group.setLayout(new GridLayout(CHOICES.length, false));
		group.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false));
		for (AnswerValue value : CHOICES) {
			Button choice = new Button(group, SWT.RADIO);
			choice.setText(label(value));
			choice.setData("answer", value);
			choice.setData("question", questionId);
			choice.addListener(SWT.Selection, e -> {
				if (choice.getSelection()) {
					onInput.run();
				}
			});
			choices.put(value, choice);
		}
	}

	@Override
	public AnswerValue value() {
		for (Map.Entry<AnswerValue, Button> choice : choices.entrySet()) {
			if (choice.getValue().getSelection()) {
				return choice.getKey();
			}
		}
		return null;
	}

	@Override
	public void select(AnswerValue value) {
		choices.forEach((v, button) -> button.setSelection(v == value));
	}

	@Override
	public void setEnabled(boolean enabled) {
		choices.values().forEach(button -> button.setEnabled(enabled));
	}

	static String label(AnswerValue value) {
		return switch (value) {
		case YES -> Messages.yes;
		case NO -> Messages.no;
		case NOT_RELEVANT -> Messages.notRelevant;
		};
	}
}
