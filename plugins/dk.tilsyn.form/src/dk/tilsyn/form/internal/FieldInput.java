package dk.tilsyn.form.internal;

import java.time.LocalDate;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

import dk.tilsyn.model.concept.AnswerKind;
import dk.tilsyn.model.concept.DateKind;
import dk.tilsyn.model.concept.NumberKind;

/** A number, a date (YYYY-MM-DD) or free text typed into a field. */
final class FieldInput implements AnswerInput {
	private final String questionId;
	private final AnswerKind kind;
	private final Text field;

	FieldInput(Composite parent, String questionId, AnswerKind kind, Runnable onInput) {
		this.questionId = questionId;
		this.kind = kind;
		field = new Text(parent, SWT.BORDER);
		field.setData("question", questionId);
		field.setMessage(kind instanceof NumberKind ? Messages.numberHint : kind instanceof DateKind ? Messages.dateHint : "");
		GridData fieldData = new GridData(SWT.FILL, SWT.CENTER, false, false);
		fieldData.widthHint = 220;
		field.setLayoutData(fieldData);
		field.addListener(SWT.Modify, e -> onInput.run());
	}

	@Override
	public String text() {
		String value = field.getText().trim();
		return value.isEmpty() ? null : value;
	}

	@Override
	public void setText(String value) {
		field.setText(value == null ? "" : value);
	}

	@Override
	public String problem() {
		String value = text();
		if (value == null) {
			return null;
		}
		try {
			if (kind instanceof NumberKind) {
				Integer.parseInt(value);
			} else if (kind instanceof DateKind) {
				LocalDate.parse(value);
			}
			return null;
		} catch (RuntimeException e) {
			return NLS.bind(kind instanceof NumberKind ? Messages.notANumber : Messages.notADate, questionId, value);
		}
	}

	@Override
	public void setEnabled(boolean enabled) {
		field.setEnabled(enabled);
	}
}
