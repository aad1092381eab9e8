package dk.tilsyn.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.tilsyn.app.internal.ReviewSession;
import dk.tilsyn.app.internal.ReviewsPart;
import dk.tilsyn.model.Case;
import dk.tilsyn.model.ReviewFactory;
import dk.tilsyn.store.StoreLocations;

/** A new user's first start: an empty store says what to do first instead of showing empty lists. */
class FirstStartTest {
	@TempDir
	Path folder;

	private Shell shell;
	private ReviewSession session;

	@AfterEach
	void close() {
		if (shell != null) {
			shell.dispose();
		}
		if (session != null) {
			session.close();
		}
	}

	@Test
	void anEmptyStoreTellsHowToBegin() {
		session = new ReviewSession(StoreLocations.embeddedUrl(folder.resolve("store")));
		assertTrue(session.storeIsEmpty());

		List<String> texts = labels(showReviewsPart());
		String hint = texts.stream().filter(t -> t.contains("tilsyn import")).findFirst()
				.orElseThrow(() -> new AssertionError("no hint among " + texts));
		assertTrue(hint.startsWith("Lageret er tomt"), hint);
		assertTrue(hint.contains("tilsyn --demo"), hint);
		assertTrue(hint.contains(folder.resolve("store").toString()), "names the store: " + hint);
	}

	@Test
	void aStoreWithCasesShowsNoHint() {
		session = new ReviewSession(StoreLocations.embeddedUrl(folder.resolve("store")));
		Case c = ReviewFactory.eINSTANCE.createCase();
		c.setId("S1");
		c.setUnit("Nord");
		c.setCaseworker("SB1");
		c.setBirthDate(LocalDate.of(2010, 1, 2));
		assertEquals(1, session.store().importCases(List.of(c)).newCases());
		assertFalse(session.storeIsEmpty());

		List<String> texts = labels(showReviewsPart());
		assertTrue(texts.stream().noneMatch(t -> t.contains("tilsyn import")), texts.toString());
	}

	private Composite showReviewsPart() {
		shell = new Shell(Display.getDefault());
		IEclipseContext context = EclipseContextFactory.create();
		context.set(ReviewSession.class, session);
		context.set(Composite.class, shell);
		ContextInjectionFactory.make(ReviewsPart.class, context);
		shell.open();
		return shell;
	}

	private static List<String> labels(Composite parent) {
		List<String> texts = new ArrayList<>();
		for (Control child : parent.getChildren()) {
			if (child instanceof Label label) {
				texts.add(label.getText());
			} else if (child instanceof Composite composite) {
				texts.addAll(labels(composite));
			}
		}
		return texts;
	}
}
