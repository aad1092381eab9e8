package dk.tilsyn.app.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import dk.tilsyn.app.form.ReviewForm;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/** Shows the questionnaire of the review opened last. */
public class FormPart {
	@Inject
	private ReviewSession session;

	@PostConstruct
	public void create(Composite parent) {
		parent.setLayout(new FillLayout());
		Label hint = new Label(parent, SWT.WRAP);
		hint.setText(Messages.noReviewOpen);
		session.onOpen(opened -> {
			for (Control child : parent.getChildren()) {
				child.dispose();
			}
			new ReviewForm(parent, opened.concept(), opened.review(), session.store(), session::saved);
			parent.layout(true, true);
		});
	}
}
