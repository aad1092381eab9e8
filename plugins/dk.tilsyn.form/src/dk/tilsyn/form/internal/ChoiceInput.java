package dk.tilsyn.form.internal;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;

import dk.tilsyn.model.concept.ChoiceKind;
import dk.tilsyn.model.concept.Option;

/** A choice between the question's options as a list, an empty first entry for no answer. */
final class ChoiceInput implements AnswerInput {
	private final List<Option> all;
	private final Combo options;

	ChoiceInput(Composite parent, String questionId, ChoiceKind kind, Runnable onInput) {
		this.all = kind.getOptions();
		options = new Combo(parent, SWT.READ_ONLY);
		options.add("");
		for (Option option : all) {
			options.add(option.getTitle() == null ? option.getName() : option.getTitle());
		}
		options.setData("question", questionId);
		options.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, false, false));
		options.addListener(SWT.Selection, e -> onInput.run());
	}

	/** The chosen option's id. */
	@Override
	public String text() {
		int index = options.getSelectionIndex();
		return index <= 0 ? null : all.get(index - 1).getName();
	}

	@Override
	public void setText(String optionId) {
		int index = 0;
		for (int i = 0; i < all.size(); i++) {
			if (all.get(i).getName().equals(optionId)) {
				index = i + 1;
			}
		}
		options.select(index);
	}

	@Override
	public void setEnabled(boolean enabled) {
		options.setEnabled(enabled);
	}
}
