package dk.tilsyn.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.tilsyn.app.internal.FormPart;
import dk.tilsyn.app.internal.ReviewSession;
import dk.tilsyn.concept.kk2018.Kk2018Concept;
import dk.tilsyn.form.ReviewForm;
import dk.tilsyn.model.Case;
import dk.tilsyn.model.CaseEvent;
import dk.tilsyn.model.DeadlineVerdict;
import dk.tilsyn.model.ReviewFactory;
import dk.tilsyn.model.VerdictKind;
import dk.tilsyn.store.StoreLocations;

/**
 * Opening a case's review puts the deadline verdicts on the case into the review, and the form
 * shows each with the question whose answer it proposes.
 */
class OpenedCaseVerdictsTest {
	@TempDir
	Path folder;

	private Shell shell;
	private ReviewSession session;

	@BeforeEach
	void start() {
		session = new ReviewSession(StoreLocations.embeddedUrl(folder.resolve("store")));
		Case late = ReviewFactory.eINSTANCE.createCase();
		late.setId("S-1");
		late.setUnit("Nord");
		late.setCaseworker("SB1");
		late.setBirthDate(LocalDate.of(2010, 1, 2));
		late.getEvents().add(event("underretning_modtaget", LocalDateTime.of(2017, 3, 3, 16, 40)));
		late.getEvents().add(event("underretning_vurderet", LocalDateTime.of(2017, 3, 6, 9, 0)));
		session.store().importCases(List.of(late));
		shell = new Shell(Display.getDefault());
		shell.setLayout(new FillLayout());
		IEclipseContext context = EclipseContextFactory.create();
		context.set(ReviewSession.class, session);
		context.set(Composite.class, new Composite(shell, SWT.NONE));
		ContextInjectionFactory.make(FormPart.class, context);
		shell.setSize(1100, 820);
		shell.open();
	}

	@AfterEach
	void close() {
		shell.dispose();
		session.close();
	}

	private static CaseEvent event(String name, LocalDateTime at) {
		CaseEvent event = ReviewFactory.eINSTANCE.createCaseEvent();
		event.setName(name);
		event.setDate(at.toLocalDate());
		event.setTime(at.toLocalTime());
		return event;
	}

	@Test
	void theVerdictsOfTheCaseAreShownWithTheirQuestions() {
		assertTrue(session.open(new Kk2018Concept(), "S-1", "underretning", 1, "test"));
		ReviewForm form = form(shell);
		assertNotNull(form, "the review is shown");

		DeadlineVerdict late = form.review().getVerdicts().stream()
				.filter(v -> v.getRuleId().equals("underretning_24t")).findFirst()
				.orElseThrow(() -> new AssertionError("no verdict on the 24 hours: " + form.review().getVerdicts()));
		assertEquals(VerdictKind.MISSED, late.getVerdict());
		assertEquals(LocalDateTime.of(2017, 3, 4, 16, 40), late.getDue());
		assertEquals("SEL § 155 stk. 2", late.getLaw());
		assertEquals(2, form.review().getVerdicts().size(), "one per rule of the stage: u01's and u04's");

		assertEquals("Frist underretning_24t (SEL § 155 stk. 2) · overskredet · senest 2017-03-04 16:40 · foreslår Nej",
				form.verdictOf("u01"));
		assertTrue(form.derivationOf("u01").startsWith("underretning_modtaget 2017-03-03 16:40 + 24 timer"),
				form.derivationOf("u01"));
		assertNotNull(form.verdictOf("u04"), "the receipt's rule, not applicable to this case");
		assertNull(form.verdictOf("u03"));
	}

	@Test
	void aCaseTheStoreDoesNotHoldHasNoVerdicts() {
		assertTrue(session.open(new Kk2018Concept(), "S-404", "underretning", 1, "test"));
		ReviewForm form = form(shell);
		assertTrue(form.review().getVerdicts().isEmpty());
		assertNull(form.verdictOf("u01"));
	}

	private static ReviewForm form(Composite parent) {
		for (Control child : parent.getChildren()) {
			if (child instanceof ReviewForm form) {
				return form;
			}
			if (child instanceof Composite composite && form(composite) != null) {
				return form(composite);
			}
		}
		return null;
	}
}
