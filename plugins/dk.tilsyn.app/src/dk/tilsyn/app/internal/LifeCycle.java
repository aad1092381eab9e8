package dk.tilsyn.app.internal;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.workbench.lifecycle.PostContextCreate;
import org.eclipse.e4.ui.workbench.lifecycle.PreSave;

/** Opens the store when the application starts (the embedded default unless -Dtilsyn.store=URL). */
public class LifeCycle {
	private ReviewSession session;

	@PostContextCreate
	void postContextCreate(IEclipseContext context) {
		session = new ReviewSession(System.getProperty("tilsyn.store"));
		context.set(ReviewSession.class, session);
	}

	@PreSave
	void preSave() {
		if (session != null) {
			session.close();
		}
	}
}
