package dk.tilsyn.lang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.inject.Inject;

import dk.tilsyn.model.concept.Concept;
import dk.tilsyn.lang.validation.IssueCodes;

/**
 * Every check of the language: a concept that triggers it (exactly that code, on the expected
 * line) and a near twin that does not.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(TilsynInjectorProvider.class)
class ChecksTest {
	/** Declarations the snippets use; the snippet under test starts on line 20. */
	private static final String PRELUDE = """
			koncept k "K"
			lov SEL "Serviceloven" gyldig til 2023-12-31
			lov BL "Barnets Lov" gyldig fra 2024-01-01
			lov XL "Et hul" gyldig fra 2024-03-01
			lov OL "Overlap" gyldig fra 2023-06-01
			hændelse a_dato "A" dato
			hændelse a_tid "A" tidspunkt
			hændelse b_tid "B" tidspunkt
			hændelse valgt "Valg" dato værdi valg (x, y)
			hændelse antal "Antal" dato værdi tal
			flag f1 "F"
			flag f2 "F2"
			tema t1 "T"
			sagstrin s1 "S1" { spørgsmål p1 "Første?" }
			sagstrin s2 "S2" { spørgsmål p2 "Andet?" }
			sagstrin s3 "S3" { spørgsmål p3 "Hvor mange?" svar tal
			  spørgsmål p4 "Hvilken?" svar valg (a "A", b "B") }


			""";

	@Inject
	private ParseHelper<Concept> parseHelper;
	@Inject
	private ValidationTestHelper validationHelper;

	static Stream<Arguments> checks() {
		return Stream.of(
				Arguments.of(IssueCodes.UNRESOLVED_REFERENCE, //
						"sagstrin x \"X\" { spørgsmål q1 \"Et?\" hvis p9 = ja }", //
						"sagstrin x \"X\" { spørgsmål q1 \"Et?\" hvis p1 = ja }"),
				Arguments.of(IssueCodes.DUPLICATE_QUESTION_ID, //
						"sagstrin x \"X\" { spørgsmål p1 \"Et?\" }", //
						"sagstrin x \"X\" { spørgsmål q1 \"Et?\" }"),
				Arguments.of(IssueCodes.DUPLICATE_STAGE_ID, //
						"sagstrin s1 \"X\" { spørgsmål q1 \"Et?\" }", //
						"sagstrin x \"X\" { spørgsmål q1 \"Et?\" }"),
				Arguments.of(IssueCodes.DUPLICATE_RULE_ID, //
						"regel r \"R\" { SEL § 1: b_tid senest ved a_tid }\nregel r \"R2\" { SEL § 2: b_tid senest ved a_tid }",
						"regel r \"R\" { SEL § 1: b_tid senest ved a_tid }\nregel r2 \"R2\" { SEL § 2: b_tid senest ved a_tid }"),
				Arguments.of(IssueCodes.DUPLICATE_MODEL_ID, //
						"stikprøvemodel m \"M\" { tjeneste \"x\" }\nstikprøvemodel m \"M2\" { tjeneste \"x\" }",
						"stikprøvemodel m \"M\" { tjeneste \"x\" }\nstikprøvemodel m2 \"M2\" { tjeneste \"x\" }"),
				Arguments.of(IssueCodes.DUPLICATE_QUESTION_TEXT, //
						"sagstrin x \"X\" { spørgsmål q1 \"Et?\" spørgsmål q2 \"Et?\" }",
						"sagstrin x \"X\" { spørgsmål q1 \"Et?\" spørgsmål q2 \"To?\" }"),
				Arguments.of(IssueCodes.CONDITION_ON_ITSELF, //
						"sagstrin x \"X\" { spørgsmål q1 \"Et?\" hvis q1 = ja }",
						"sagstrin x \"X\" { spørgsmål q1 \"Et?\" hvis p1 = ja }"),
				Arguments.of(IssueCodes.CONDITION_ON_LATER_QUESTION, //
						"sagstrin x \"X\" { spørgsmål q1 \"Et?\" hvis q2 = ja spørgsmål q2 \"To?\" }",
						"sagstrin x \"X\" { spørgsmål q1 \"Et?\" spørgsmål q2 \"To?\" hvis q1 = ja }"),
				Arguments.of(IssueCodes.CONDITION_CYCLE, //
						"sagstrin x \"X\" { spørgsmål q1 \"Et?\" hvis q2 = ja spørgsmål q2 \"To?\" hvis q1 = nej }",
						"sagstrin x \"X\" { spørgsmål q1 \"Et?\" spørgsmål q2 \"To?\" hvis q1 = nej }"),
				Arguments.of(IssueCodes.INCOMPATIBLE_COMPARISON, //
						"sagstrin x \"X\" { spørgsmål q1 \"Et?\" hvis p1 = 3 }",
						"sagstrin x \"X\" { spørgsmål q1 \"Et?\" hvis p3 >= 3 }"),
				Arguments.of(IssueCodes.INCOMPATIBLE_COMPARISON, //
						"sagstrin x \"X\" { spørgsmål q1 \"Et?\" hvis p4 = \"c\" }",
						"sagstrin x \"X\" { spørgsmål q1 \"Et?\" hvis p4 = \"a\" }"),
				Arguments.of(IssueCodes.INCOMPATIBLE_COMPARISON, //
						"sagstrin x \"X\" { spørgsmål q1 \"Et?\" hvis hændelse valgt = 3 }",
						"sagstrin x \"X\" { spørgsmål q1 \"Et?\" hvis hændelse valgt = \"x\" }"),
				Arguments.of(IssueCodes.UNSATISFIABLE_CONDITION, //
						"sagstrin x \"X\" { spørgsmål q1 \"Et?\" hvis alder >= 16 og alder < 12 }",
						"sagstrin x \"X\" { spørgsmål q1 \"Et?\" hvis alder >= 16 eller alder < 12 }"),
				Arguments.of(IssueCodes.UNSATISFIABLE_CONDITION, //
						"sagstrin x \"X\" { spørgsmål q1 \"Et?\" hvis p1 = ja og (p2 = ja og p1 = nej) }",
						"sagstrin x \"X\" { spørgsmål q1 \"Et?\" hvis p1 = ja og (p2 = ja eller p1 = nej) }"),
				Arguments.of(IssueCodes.UNSATISFIABLE_CONDITION, //
						"sagstrin x \"X\" { spørgsmål q1 \"Et?\" hvis flag f1 og ikke flag f1 }",
						"sagstrin x \"X\" { spørgsmål q1 \"Et?\" hvis flag f1 og ikke flag f2 }"),
				Arguments.of(IssueCodes.MISSING_ROUNDING, //
						"regel r \"R\" { SEL § 1: fra a_dato til b_tid inden 4 måneder }",
						"regel r \"R\" { SEL § 1: fra a_dato til b_tid inden 4 måneder afrundet ned }"),
				Arguments.of(IssueCodes.MISSING_ROUNDING, //
						"regel r \"R\" { SEL § 1: fra a_dato første b_tid inden 3 måneder, derefter hver 1 år }",
						"regel r \"R\" { SEL § 1: fra a_dato første b_tid inden 3 måneder, derefter hver 1 år afrundet op }"),
				Arguments.of(IssueCodes.WRONG_EVENT_PRECISION, //
						"regel r \"R\" { SEL § 1: fra a_dato til b_tid inden 24 timer }",
						"regel r \"R\" { SEL § 1: fra a_tid til b_tid inden 24 timer }"),
				Arguments.of(IssueCodes.LAW_VERSIONS_OVERLAP, //
						"regel r \"R\" { SEL § 1: b_tid senest ved a_tid\n OL § 1: b_tid senest ved a_tid }",
						"regel r \"R\" { SEL § 1: b_tid senest ved a_tid\n BL § 1: b_tid senest ved a_tid }"),
				Arguments.of(IssueCodes.LAW_VERSIONS_GAP, //
						"regel r \"R\" { SEL § 1: b_tid senest ved a_tid\n XL § 1: b_tid senest ved a_tid }",
						"regel r \"R\" { SEL § 1: b_tid senest ved a_tid\n BL § 1: b_tid senest ved a_tid }"),
				Arguments.of(IssueCodes.LEVEL_EXCEEDS_FRAME, //
						"stikprøvemodel m \"M\" { niveau 1 \"A\" { ramme population udtræk 30 }\n niveau 2 \"B\" { ramme niveau 1 udtræk 40 } }",
						"stikprøvemodel m \"M\" { niveau 1 \"A\" { ramme population udtræk 30 }\n niveau 2 \"B\" { ramme niveau 1 udtræk 20 } }"),
				// issue 11: what passed validation and gave wrong results
				Arguments.of(IssueCodes.DUPLICATE_LAW_ID, //
						"lov ZL \"Z\" gyldig fra 2030-01-01\nlov ZL \"Z2\" gyldig fra 2031-01-01",
						"lov ZL \"Z\" gyldig fra 2030-01-01\nlov ZM \"Z2\" gyldig fra 2031-01-01"),
				Arguments.of(IssueCodes.DUPLICATE_EVENT_ID, //
						"hændelse e1 \"E\" dato\nhændelse e1 \"E2\" tidspunkt",
						"hændelse e1 \"E\" dato\nhændelse e2 \"E2\" tidspunkt"),
				Arguments.of(IssueCodes.DUPLICATE_FLAG_ID, //
						"flag g1 \"G\"\nflag g1 \"G2\"", "flag g1 \"G\"\nflag g2 \"G2\""),
				Arguments.of(IssueCodes.DUPLICATE_THEME_ID, //
						"tema u1 \"U\"\ntema u1 \"U2\"", "tema u1 \"U\"\ntema u2 \"U2\""),
				Arguments.of(IssueCodes.INVALID_DATE, //
						"lov ZL \"Z\" gyldig fra 2018-13-45", "lov ZL \"Z\" gyldig fra 2018-12-31"),
				Arguments.of(IssueCodes.INVALID_DATE, //
						"lov ZL \"Z\" gyldig fra 2017-02-30", "lov ZL \"Z\" gyldig fra 2016-02-29"),
				Arguments.of(IssueCodes.INVALID_DATE, //
						"lov ZL \"Z\" gyldig til 2023-02-30", "lov ZL \"Z\" gyldig til 2023-02-28"),
				Arguments.of(IssueCodes.INVALID_DATE, //
						"lov ZL \"Z\" gyldig fra 9999-99-99", "lov ZL \"Z\" gyldig fra 9999-12-31"),
				Arguments.of(IssueCodes.INVALID_DATE, //
						"stikprøvemodel m \"M\" { udvælgelse { skæringsdato 2017-02-30 afgørelser valgt type \"x\" 1 } }",
						"stikprøvemodel m \"M\" { udvælgelse { skæringsdato 2017-02-28 afgørelser valgt type \"x\" 1 } }"),
				Arguments.of(IssueCodes.LAW_VALIDITY_REVERSED, //
						"lov ZL \"Z\" gyldig fra 2030-01-01 til 2029-12-31",
						"lov ZL \"Z\" gyldig fra 2029-12-31 til 2030-01-01"),
				Arguments.of(IssueCodes.DRAW_RANGE_REVERSED, //
						"stikprøvemodel m \"M\" { niveau 1 \"A\" { ramme population udtræk 40 til 30 } }",
						"stikprøvemodel m \"M\" { niveau 1 \"A\" { ramme population udtræk 30 til 40 } }"),
				Arguments.of(IssueCodes.QUOTAS_EXCEED_DRAW, //
						"stikprøvemodel m \"M\" { niveau 1 \"A\" { ramme population udtræk 5 pr. enhed fordelt på { s1 4 s2 3 } } }",
						"stikprøvemodel m \"M\" { niveau 1 \"A\" { ramme population udtræk 5 pr. enhed fordelt på { s1 2 s2 3 } } }"),
				Arguments.of(IssueCodes.DUPLICATE_LEVEL, //
						"stikprøvemodel m \"M\" { niveau 1 \"A\" { ramme population udtræk 5 }\n niveau 1 \"B\" { ramme population udtræk 5 } }",
						"stikprøvemodel m \"M\" { niveau 1 \"A\" { ramme population udtræk 5 }\n niveau 2 \"B\" { ramme population udtræk 5 } }"),
				Arguments.of(IssueCodes.LEVEL_OUT_OF_RANGE, //
						"stikprøvemodel m \"M\" { niveau 0 \"A\" { ramme population udtræk 5 } }",
						"stikprøvemodel m \"M\" { niveau 1 \"A\" { ramme population udtræk 5 } }"),
				Arguments.of(IssueCodes.LEVEL_OUT_OF_RANGE, //
						"stikprøvemodel m \"M\" { niveau 99 \"A\" { ramme population udtræk 5 } }",
						"stikprøvemodel m \"M\" { niveau 4 \"A\" { ramme population udtræk 5 } }"),
				Arguments.of(IssueCodes.FRAME_LEVEL_MISSING, //
						"stikprøvemodel m \"M\" { niveau 1 \"A\" { ramme population udtræk 5 }\n niveau 2 \"B\" { ramme niveau 3 udtræk 5 } }",
						"stikprøvemodel m \"M\" { niveau 1 \"A\" { ramme population udtræk 5 }\n niveau 2 \"B\" { ramme niveau 1 udtræk 5 } }"),
				Arguments.of(IssueCodes.FRAME_LEVEL_NOT_EARLIER, //
						"stikprøvemodel m \"M\" { niveau 1 \"A\" { ramme niveau 2 udtræk 5 }\n niveau 2 \"B\" { ramme population udtræk 5 } }",
						"stikprøvemodel m \"M\" { niveau 1 \"A\" { ramme population udtræk 5 }\n niveau 2 \"B\" { ramme niveau 1 udtræk 5 } }"),
				Arguments.of(IssueCodes.MODEL_WITHOUT_LEVELS, //
						"stikprøvemodel m \"M\" { kadence kvartal }",
						"stikprøvemodel m \"M\" { kadence kvartal niveau 1 \"A\" { ramme population udtræk 5 } }"),
				Arguments.of(IssueCodes.NUMBER_OUT_OF_RANGE, //
						"stikprøvemodel m \"M\" { niveau 1 \"A\" { ramme population udtræk 2147483647 udtræk 2147483647 } }",
						"stikprøvemodel m \"M\" { niveau 1 \"A\" { ramme population udtræk 5000 udtræk 5000 } }"),
				Arguments.of(IssueCodes.NUMBER_OUT_OF_RANGE, //
						"regel r \"R\" { SEL § 1: fra a_dato til b_tid inden 2147483647 dage }",
						"regel r \"R\" { SEL § 1: fra a_dato til b_tid inden 365 dage }"),
				Arguments.of(IssueCodes.SUBQUOTA_EXCEEDS_QUOTA, //
						"stikprøvemodel m \"M\" { niveau 1 \"A\" { ramme population udtræk 5 pr. enhed fordelt på { s1 3 heraf flag f1 2, flag f2 2 } } }",
						"stikprøvemodel m \"M\" { niveau 1 \"A\" { ramme population udtræk 5 pr. enhed fordelt på { s1 3 heraf flag f1 2, flag f2 1 } } }"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("checks")
	void triggersOnItsCaseAndNotOnItsTwin(String code, String triggering, String fine) throws Exception {
		List<Issue> issues = issues(triggering);
		assertTrue(issues.stream().anyMatch(i -> code.equals(i.getCode())), () -> code + " expected, got " + issues);
		for (Issue issue : issues) {
			assertEquals(code, issue.getCode(), () -> "only " + code + " expected, got " + issues);
			assertTrue(issue.getLineNumber() >= 20, () -> "reported on the snippet, not the prelude: " + issue);
			assertTrue(issue.getColumn() >= 1);
		}
		List<Issue> none = issues(fine);
		assertTrue(none.isEmpty(), () -> "no issue expected for the twin, got " + none);
	}

	private List<Issue> issues(String snippet) throws Exception {
		Concept concept = parseHelper.parse(PRELUDE + snippet + "\n");
		return validationHelper.validate(concept).stream().filter(i -> i.getSeverity() != Severity.INFO).toList();
	}

	@Inject
	private com.google.inject.Provider<org.eclipse.xtext.resource.XtextResourceSet> resourceSets;

	@org.junit.jupiter.api.io.TempDir
	java.nio.file.Path folder;

	private List<Issue> issuesWithPrevious(String previousText, String currentText) throws Exception {
		java.nio.file.Files.writeString(folder.resolve("k2017.tilsyn"),
				"koncept k \"K\" version \"2017\" sagstrin s \"S\" { spørgsmål q1 \"" + previousText + "\" }");
		java.nio.file.Files.writeString(folder.resolve("k2018.tilsyn"), "koncept k \"K\" version \"2018\"\n"
				+ "forrige version \"k2017.tilsyn\"\nsagstrin s \"S\" {\n spørgsmål q1 \"" + currentText + "\" }");
		org.eclipse.emf.ecore.resource.Resource current = resourceSets.get().getResource(
				org.eclipse.emf.common.util.URI.createFileURI(folder.resolve("k2018.tilsyn").toString()), true);
		return validationHelper.validate(current.getContents().get(0));
	}

	@org.junit.jupiter.api.Test
	void aTextChangedSinceThePreviousVersionIsAWarning() throws Exception {
		List<Issue> issues = issuesWithPrevious("Er fristen overholdt?", "Er fristen på 24 timer overholdt?");
		assertEquals(1, issues.size(), issues::toString);
		assertEquals(IssueCodes.TEXT_CHANGED_SINCE_PREVIOUS, issues.get(0).getCode());
		assertEquals(Severity.WARNING, issues.get(0).getSeverity());
		assertEquals(4, issues.get(0).getLineNumber());
		assertTrue(issuesWithPrevious("Er fristen overholdt?", "Er fristen overholdt?").isEmpty());
	}
}
