package dk.tilsyn.lang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.google.inject.Inject;
import com.google.inject.Provider;

import dk.tilsyn.lang.parser.NestingLimits;
import dk.tilsyn.model.concept.Concept;
import dk.tilsyn.lang.validation.IssueCodes;

/**
 * Hostile and odd texts (issue 11): a byte order mark, nesting and chains far beyond what a
 * lawyer writes, a very long cycle of conditions, and syntax errors in the language's words.
 * Everything runs on a thread with an ordinary 1 MB stack, as editors' and servers' threads
 * have; the tests assert what is reported, never how long it takes.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(TilsynInjectorProvider.class)
class RobustnessTest {
	private static final String HEADER = "koncept k \"K\"\nsagstrin s \"S\" {\nspørgsmål a \"A?\"\nspørgsmål b \"B?\" hvis ";

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	/** Loads the bytes as a .tilsyn file would be, links and validates, on a 1 MB stack. */
	private List<Issue> check(byte[] bytes) throws Exception {
		Callable<List<Issue>> work = () -> {
			XtextResourceSet resources = resourceSets.get();
			XtextResource resource = (XtextResource) resources.createResource(URI.createURI("k.tilsyn"));
			resource.load(new ByteArrayInputStream(bytes), Map.of());
			EcoreUtil.resolveAll(resources);
			return resource.getResourceServiceProvider().getResourceValidator()
					.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl).stream()
					.filter(i -> i.getSeverity() != Severity.INFO).toList();
		};
		FutureTask<List<Issue>> task = new FutureTask<>(work);
		Thread thread = new Thread(null, task, "check", 1 << 20);
		thread.start();
		return task.get(120, TimeUnit.SECONDS); // a hang detector, not a performance goal
	}

	private List<Issue> check(String text) throws Exception {
		return check(text.getBytes(StandardCharsets.UTF_8));
	}

	private static String repeat(String s, int n) {
		return s.repeat(n);
	}

	@Test
	void aByteOrderMarkIsAccepted() throws Exception {
		List<Issue> issues = check("\uFEFFkoncept k \"K\"\nsagstrin s \"S\" { spørgsmål q1 \"Et?\" }\n");
		assertTrue(issues.isEmpty(), issues::toString);
	}

	@Test
	void tenThousandParenthesesAreRefusedWhereTheLimitIsPassed() throws Exception {
		String text = HEADER + repeat("(", 10_000) + "a = ja" + repeat(")", 10_000) + "\n}\n";
		List<Issue> issues = check(text);
		assertEquals(1, issues.size(), issues::toString);
		assertEquals(IssueCodes.NESTING_TOO_DEEP, issues.get(0).getCode());
		assertEquals(4, issues.get(0).getLineNumber());
		assertEquals("spørgsmål b \"B?\" hvis ".length() + NestingLimits.MAX_NESTING + 1, issues.get(0).getColumn());
	}

	@Test
	void tenThousandNegationsAreRefused() throws Exception {
		List<Issue> issues = check(HEADER + repeat("ikke ", 10_000) + "a = ja\n}\n");
		assertEquals(List.of(IssueCodes.NESTING_TOO_DEEP), issues.stream().map(Issue::getCode).toList());
		assertEquals(4, issues.get(0).getLineNumber());
	}

	@Test
	void aMixOfNegationsAndParenthesesIsRefused() throws Exception {
		List<Issue> issues = check(HEADER + repeat("ikke (", 5_000) + "a = ja" + repeat(")", 5_000) + "\n}\n");
		assertEquals(List.of(IssueCodes.NESTING_TOO_DEEP), issues.stream().map(Issue::getCode).toList());
	}

	@ParameterizedTest
	@ValueSource(strings = { " og ", " eller " })
	void aChainOfTwoThousandPartsIsRefused(String join) throws Exception {
		List<Issue> issues = check(HEADER + "a = ja" + repeat(join + "a = ja", 2_000) + "\n}\n");
		assertEquals(List.of(IssueCodes.CONDITION_TOO_LONG), issues.stream().map(Issue::getCode).toList());
		assertEquals(4, issues.get(0).getLineNumber());
	}

	@Test
	void aConditionWithinTheLimitsIsAccepted() throws Exception {
		String text = HEADER + repeat("(", NestingLimits.MAX_NESTING - 1) + "a = ja"
				+ repeat(" og a = ja", NestingLimits.MAX_PARTS - 2) + repeat(")", NestingLimits.MAX_NESTING - 1)
				+ "\n}\n";
		List<Issue> issues = check(text);
		assertTrue(issues.isEmpty(), issues::toString);
	}

	@Test
	void aCycleOfTwentyThousandQuestionsIsReportedOncePerQuestion() throws Exception {
		StringBuilder text = new StringBuilder("koncept k \"K\"\nsagstrin s \"S\" {\n");
		int n = 20_000; // a walk along it one call per question would exhaust the stack
		for (int i = 0; i < n; i++) {
			text.append("spørgsmål q").append(i).append(" \"Q").append(i).append("?\" hvis q").append((i + 1) % n)
					.append(" = ja\n");
		}
		text.append("}\n");
		List<Issue> issues = check(text.toString());
		assertEquals(n, issues.stream().filter(i -> IssueCodes.CONDITION_CYCLE.equals(i.getCode())).count());
		assertTrue(issues.stream().allMatch(i -> IssueCodes.CONDITION_CYCLE.equals(i.getCode())
				|| IssueCodes.CONDITION_ON_LATER_QUESTION.equals(i.getCode())), () -> issues.subList(0, 3).toString());
		assertTrue(issues.stream().noneMatch(i -> IssueCodes.CONDITION_ON_LATER_QUESTION.equals(i.getCode())),
				"on a cycle the cycle check speaks");
	}

	/** One message per mistake, in the language's words, never ANTLR's. */
	@ParameterizedTest
	@ValueSource(strings = { "sagstrin a \"A\" { spørgsmål q1 }", "sagstrin a \"A\" { spørgsmål q1 \"Et?\" hvis = ja }",
			"sagstrin a \"A\" { spørgsmål q1 \"Et?\" hvis q1 = }", "sagstrin a \"A\" { spørgsmål q1 \"Et?\"",
			"sagstrin a \"A\" { spørgsmål q1 \"Et?\" svar valg ( }", "regel r \"R\" { SEL § 1: fra a til }",
			"lov SEL \"S\" gyldig fra 2024-01-01 til", "sagstrin a \"A\" { spørgsmål q1 \"Et?\" } }" })
	void aSyntaxErrorIsOneMessageInTheLanguagesWords(String snippet) throws Exception {
		List<Issue> issues = check("koncept k \"K\"\n" + snippet + "\n").stream()
				.filter(i -> IssueCodes.SYNTAX_ERROR.equals(i.getCode())).toList();
		assertEquals(1, issues.size(), issues::toString);
		String message = issues.get(0).getMessage();
		for (String antlr : new String[] { "mismatched", "expecting", "extraneous", "no viable", "missing EOF",
				"RULE_", "input" }) {
			assertFalse(message.contains(antlr), message);
		}
		assertTrue(message.startsWith("Syntaksfejl: ") || message.startsWith("Syntax error: "), message);
	}

	@Test
	void aNumberTooLargeForTheLanguageIsASyntaxErrorNamingIt() throws Exception {
		List<Issue> issues = check("koncept k \"K\"\nstikprøvemodel m \"M\" { niveau 1 \"A\" { ramme population "
				+ "udtræk 99999999999 } }\n");
		assertEquals(1, issues.size(), issues::toString);
		String message = issues.get(0).getMessage();
		assertTrue(message.contains("99999999999"), message);
		assertTrue(message.contains("hele tal op til 2147483647") || message.contains("whole numbers up to 2147483647"),
				message);
	}

	@Test
	void theReferenceConceptIsUnchangedByTheLimits() throws Exception {
		for (String file : new String[] { "kk2018.tilsyn", "lovgrundlag.tilsyn" }) {
			String text = ReferenceConceptTest.read("dk.tilsyn.concept.kk2018", "concept/" + file);
			assertFalse(NestingLimits.scan(text).changed(), file);
		}
	}

	@Test
	void parsedConceptsKeepTheirMeaningAfterABom() throws Exception {
		XtextResourceSet resources = resourceSets.get();
		XtextResource resource = (XtextResource) resources.createResource(URI.createURI("bom.tilsyn"));
		resource.load(new ByteArrayInputStream("\uFEFFkoncept bom \"B\"\n".getBytes(StandardCharsets.UTF_8)), Map.of());
		assertEquals("bom", ((Concept) resource.getContents().get(0)).getName());
	}
}
