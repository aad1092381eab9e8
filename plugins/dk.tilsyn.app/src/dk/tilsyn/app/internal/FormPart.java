package dk.tilsyn.app.internal;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.IWindowCloseHandler;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import dk.tilsyn.form.ReviewForm;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * Shows the questionnaire of the review opened last. Before its unsaved answers would be lost
 * (another review opened, the window closed) it asks: save, discard or cancel.
 */
public class FormPart {
	/** The buttons of the question about unsaved answers, in the order shown. */
	static final int SAVE = 0;
	static final int DISCARD = 1;

	@Inject
	private ReviewSession session;

	@Inject
	@Optional
	private MWindow window;

	private Composite parent;
	private ReviewForm form;

	@PostConstruct
	public void create(Composite parent) {
		this.parent = parent;
		parent.setLayout(new FillLayout());
		Label hint = new Label(parent, SWT.WRAP);
		hint.setText(Messages.noReviewOpen);
		session.onLeave(this::mayLeave);
		if (window != null && window.getContext() != null) {
			window.getContext().set(IWindowCloseHandler.class, closing -> mayLeave());
		}
		session.onOpen(opened -> {
			for (Control child : parent.getChildren()) {
				child.dispose();
			}
			form = new ReviewForm(parent, opened.concept(), opened.review(),
					new StoreSaver(session.store(), session::saved));
			parent.layout(true, true);
		});
	}

	/**
	 * Whether the review shown may be left: without unsaved answers at once, else as the
	 * supervisor decides. Saving that is refused (a missing answer, someone else's newer save)
	 * keeps the review open with the reason in its status line.
	 */
	boolean mayLeave() {
		if (form == null || form.isDisposed() || !form.hasUnsavedChanges()) {
			return true;
		}
		MessageDialog question = new MessageDialog(parent.getShell(), Messages.unsavedTitle, null,
				NLS.bind(Messages.unsavedQuestion, form.review().getCaseId()), MessageDialog.QUESTION, SAVE,
				Messages.unsavedSave, Messages.unsavedDiscard, Messages.unsavedCancel);
		return switch (question.open()) {
		case SAVE -> form.save();
		case DISCARD -> true;
		default -> false; // cancel, or the dialog closed with Escape
		};
	}
}
