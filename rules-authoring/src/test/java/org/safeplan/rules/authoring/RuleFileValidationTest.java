package org.safeplan.rules.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeplan.rules.authoring.ContentFixture.DANGER;
import static org.safeplan.rules.authoring.ContentFixture.PLANNING;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rule files: each kind of error is planted in a valid content folder and reported as file:line: message. */
class RuleFileValidationTest {

    private static final String KITCHEN = "rule \"Get out of the kitchen when in danger\": ";
    private static final String KITCHEN_WHEN =
            "Situation( audience == Audience.SURVIVOR, immediateDanger == true, location == Location.KITCHEN )";
    private static final String KITCHEN_THEN = "advice.recommend(\"leave-the-kitchen\");";
    private static final String THEN_ONLY = "after then, only advice.recommend, advice.caution, advice.putFirst or"
            + " advice.putBefore with ids in double quotes, such as advice.recommend(\"an-action-id\"); is allowed, not: ";
    private static final String CONDITIONS_ONLY = "conditions may only be Situation(...), Jurisdiction(...) and"
            + " Recommended(...), combined with not, exists, and, or";
    private static final String COMPARE = "compare a field with a value, such as location == Location.KITCHEN";

    private final ContentFixture content;

    RuleFileValidationTest(@TempDir Path folder) {
        content = ContentFixture.copyTo(folder);
    }

    @Test
    void theValidFixtureHasNoProblem() {
        ValidationReport report = ContentValidator.validate(content.root());
        assertThat(report.problems()).isEmpty();
        assertThat(report.isValid()).isTrue();
        assertThat(report).hasToString("");
    }

    @Test
    void syntaxErrorsGiveTheParsersLineInPlainWords() {
        content.edit(DANGER, "location == Location.KITCHEN", "location = Location.KITCHEN");
        assertThat(content.problems()).containsExactly(DANGER + ":13: unexpected \"=\" at column 81 in rule"
                + " \"Get out of the kitchen when in danger\": to compare, write ==");
    }

    @Test
    void aMissingEndIsReportedWhereTheFileEnds() {
        content.write(PLANNING, content.read(PLANNING).replaceFirst("end\\s*$", ""));
        assertThat(content.problems()).containsExactly(PLANNING + ":26: the file ends too early in rule"
                + " \"Hide what you write when the abuser may find it\": is an \"end\", a closing bracket or a closing"
                + " quote missing?");
    }

    @Test
    void aMisspelledKeywordGetsASuggestion() {
        content.edit(PLANNING, "rule \"Keep a diary", "rul \"Keep a diary");
        assertThat(content.problems()).containsExactly(PLANNING + ":9: unexpected \"rul\" at column 1"
                + " (did you mean \"rule\"?): a rule file holds a package line, imports, the advice global and rules");
    }

    @Test
    void everyRuleNeedsAnIdAndAWholeNumberVersion() {
        content.edit(DANGER, "@id(\"danger-kitchen\") @version(\"1\")", "");
        content.edit(PLANNING, "@version(\"1\")\nwhen\n    Situation( immediateDanger", "@version(\"1.1\")\nwhen\n"
                + "    Situation( immediateDanger");
        assertThat(content.problems()).containsExactly(
                DANGER + ":10: " + KITCHEN + "no @id: add a short stable name in double quotes, such as"
                        + " @id(\"danger-kitchen\"), after the rule name",
                DANGER + ":10: " + KITCHEN + "no @version: add a whole number in double quotes, such as @version(\"1\"),"
                        + " after the rule name",
                PLANNING + ":9: rule \"Keep a diary when it is safe\": @version(\"1.1\") must be a whole number in double"
                        + " quotes, such as @version(\"1\")");
    }

    @Test
    void annotationValuesAreQuotedTextsBecauseDroolsMayRunOthers() {
        content.edit(DANGER, "@id(\"danger-kitchen\")", "@id(System.getProperty(\"user.home\"))");
        assertThat(content.problems()).containsExactly(DANGER + ":10: " + KITCHEN + "@id(System.getProperty(\"user.home\"))"
                + " must be a short stable name in double quotes, such as @id(\"danger-kitchen\")");
    }

    @Test
    void ruleIdsAreUniqueAcrossFilesAndTheFirstIsNamed() {
        content.edit(PLANNING, "@id(\"planning-diary\")", "@id(\"danger-kitchen\")");
        assertThat(content.problems()).containsExactly(PLANNING + ":9: rule \"Keep a diary when it is safe\":"
                + " @id(\"danger-kitchen\") is already used by rule \"Get out of the kitchen when in danger\" at "
                + DANGER + ":10: give each rule its own id");
    }

    @Test
    void ruleNamesAreUniqueAcrossFilesAndTheFirstIsNamed() {
        content.edit(PLANNING, "rule \"Keep a diary when it is safe\"", "rule \"Get out of the kitchen when in danger\"");
        assertThat(content.problems()).containsExactly(PLANNING + ":9: there is already a rule named"
                + " \"Get out of the kitchen when in danger\" at " + DANGER + ":10: give each rule its own name");
    }

    @Test
    void aConsequenceThatRunsJavaIsRefusedAtItsLine() {
        content.edit(DANGER, KITCHEN_THEN, KITCHEN_THEN + "\n    System.exit(0);");
        assertThat(content.problems()).containsExactly(DANGER + ":16: " + KITCHEN + THEN_ONLY + "System.exit(0);");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            drools.halt();                              | drools.halt();
            insert(new Object());                       | insert(new Object());
            modify($s) { setCountry("GB") };            | modify($s) { setCountry("GB") };
            String id = "leave-the-kitchen";            | String id = "leave-the-kitchen";
            advice.recommend(id);                       | advice.recommend(id); (write each id in double quotes)
            advice.recommend("leave-" + "the-kitchen"); | advice.recommend("leave-" + "the-kitchen");
            advice.recommend("leave-the-kitchen")       | advice.recommend("leave-the-kitchen") (end each statement with ;)
            advice.recommend("leave-the-kitchen"); ;    | ; 
            """)
    void aConsequenceMayOnlyRecommendLiteralActionIds(String consequence, String shown) {
        content.edit(DANGER, KITCHEN_THEN, consequence);
        assertThat(content.problems()).containsExactly(DANGER + ":15: " + KITCHEN + THEN_ONLY + shown);
    }

    @Test
    void aBackslashIsRefusedAnywhereInARuleFile() {
        // The Java compiler reads a unicode escape of a line break as a line break, even in a comment: the call
        // would run. And the executable model copies rule names into generated Java: the name would run code.
        content.edit(DANGER, KITCHEN_THEN, KITCHEN_THEN + " // \\u000a System.exit(0);");
        content.edit(PLANNING, "rule \"Keep a diary when it is safe\"",
                "rule \"Keep a diary\\u0022 + System.getProperty(\\u0022user.home\\u0022) + \\u0022\"");
        String why = ": a backslash (\\) is not allowed in a rule file: Java reads \\u0022 as a quote, so it could hide"
                + " code; remove it";
        assertThat(content.problems()).containsExactly(DANGER + ":15" + why, PLANNING + ":9" + why);
    }

    @Test
    void aConsequenceMustRecommendSomething() {
        content.edit(DANGER, KITCHEN_THEN, "// nothing yet");
        assertThat(content.problems()).containsExactly(
                "org/safeplan/guidance/actions.yaml:3: action 'leave-the-kitchen' is not recommended by any rule:"
                        + " add a rule that recommends it, or remove it",
                DANGER + ":14: " + KITCHEN + "the then part does nothing: write advice.recommend(\"an-action-id\");");
    }

    @Test
    void aRecommendedIdMustBeInTheCatalogWithASuggestion() {
        content.edit(DANGER, KITCHEN_THEN, "advice.recommend(\"leave-the-kitchn\");");
        assertThat(content.problems()).containsExactly(
                "org/safeplan/guidance/actions.yaml:3: action 'leave-the-kitchen' is not recommended by any rule:"
                        + " add a rule that recommends it, or remove it",
                DANGER + ":15: " + KITCHEN + "\"leave-the-kitchn\" is not an action in org/safeplan/guidance/actions.yaml"
                        + " (did you mean \"leave-the-kitchen\"?)");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Situation( country == System.getProperty("x") )                    | calling System.getProperty(...) is not allowed in conditions: %s
            Situation( country == new String("GB") )                           | "new" is not allowed in conditions: %s
            Situation( country.equals("GB") )                                  | calling country.equals(...) is not allowed in conditions: %s
            Situation( country == "G" + "B" )                                  | calculating or joining values (+) is not allowed in conditions: %s
            Situation( this != null )                                          | "this" is not allowed in conditions: %s
            Situation( location.name == "KITCHEN" )                            | "location.name": reading a field of a field or of a binding is not allowed: %s
            Situation( country matches "G." )                                  | the operator "matches" is not allowed: use ==, !=, <, >, <=, >=, in, not in, contains or not contains
            Situation( "GB"; )                                                 | write each constraint as a field compared with a value, such as location == Location.KITCHEN, separated by commas (not ";")
            eval( true )                                                       | eval(...) is not allowed: it runs Java code; %s
            Situation() from new java.io.File("/")                             | "from" is not allowed: it can run code or read facts other than the situation; match Situation(...) or Recommended(...) directly
            Situation() from entry-point "alarms"                              | "entry-point" is not allowed: it can run code or read facts other than the situation; match Situation(...) or Recommended(...) directly
            java.util.List() from collect( Situation() )                       | conditions can only match Situation, Jurisdiction or Recommended, not "java.util.List"
            forall( Situation( immediateDanger == true ) )                     | forall is not allowed: %s
            Situation() @watch(country)                                        | @watch is not allowed on a condition
            """)
    void aConditionThatCouldRunJavaIsRefused(String condition, String message) {
        content.edit(DANGER, KITCHEN_WHEN, condition);
        String expected = message.replace("%s", message.startsWith("eval") || message.startsWith("forall")
                ? CONDITIONS_ONLY : COMPARE);
        assertThat(content.problems()).containsExactly(DANGER + ":13: " + KITCHEN + expected);
    }

    @Test
    void anUnknownFieldGetsASuggestion() {
        content.edit(DANGER, "location == Location.KITCHEN", "locaton == Location.KITCHEN");
        assertThat(content.problems()).containsExactly(DANGER + ":13: " + KITCHEN
                + "Situation has no field \"locaton\" (did you mean \"location\"?)");
    }

    @Test
    void recommendedFactsHaveTheirOwnFields() {
        content.edit(PLANNING, "Recommended( actionId == \"keep-a-diary\" )", "Recommended( actionid == \"keep-a-diary\" )");
        assertThat(content.problems()).containsExactly(PLANNING + ":23: rule \"Hide what you write when the abuser may"
                + " find it\": Recommended has no field \"actionid\" (did you mean \"actionId\"?)");
    }

    @Test
    void anUnknownValueGetsASuggestionAndTheList() {
        content.edit(DANGER, "Location.KITCHEN", "Location.KITCHN");
        assertThat(content.problems()).containsExactly(DANGER + ":13: " + KITCHEN + "Location has no value KITCHN"
                + " (did you mean \"KITCHEN\"?); its values are KITCHEN, GARAGE, BATHROOM, CLOSET, BEDROOM, LIVING_ROOM,"
                + " OTHER_ROOM, GARDEN, AWAY_FROM_HOME");
    }

    @Test
    void anUnknownValueListGetsASuggestion() {
        content.edit(DANGER, "Location.KITCHEN", "Locaton.KITCHEN");
        assertThat(content.problems()).containsExactly(DANGER + ":13: " + KITCHEN + "\"Locaton.KITCHEN\": Locaton is not"
                + " a list of values (did you mean \"Location\"?); the lists are Audience, Location, PhoneAccess,"
                + " ProtectiveOrder, HelpWanted, Urgency, Exposure, Availability");
    }

    @Test
    void typesUsedInConditionsMustBeImported() {
        content.edit(DANGER, "import org.safeplan.rules.Location\n", "");
        assertThat(content.problems()).containsExactly(
                DANGER + ":12: " + KITCHEN + "Location is not imported: add \"import org.safeplan.rules.Location\" at the top of the file",
                DANGER + ":21: rule \"Call emergency services when in danger\": Location is not imported: add"
                        + " \"import org.safeplan.rules.Location\" at the top of the file");
    }

    @Test
    void onlySituationJurisdictionAndRecommendedCanBeMatched() {
        content.edit(DANGER, KITCHEN_WHEN, "Situaton( immediateDanger == true )");
        assertThat(content.problems()).containsExactly(DANGER + ":13: " + KITCHEN + "conditions can only match Situation,"
                + " Jurisdiction or Recommended, not \"Situaton\" (did you mean \"Situation\"?)");
    }

    @Test
    void importsAreLimitedToTheFactModel() {
        content.edit(DANGER, "import org.safeplan.rules.Location", "import org.safeplan.rules.Location\n"
                + "import java.io.File\nimport org.safeplan.rules.Locaton\nimport org.safeplan.rules.internal.Countries");
        String allowed = ": rules may only import Situation, Recommended, Jurisdiction, Audience, Location, PhoneAccess,"
                + " ProtectiveOrder, HelpWanted, Urgency, Exposure, Availability, Advice from org.safeplan.rules and"
                + " org.safeplan.rules.content";
        assertThat(content.problems()).containsExactly(
                DANGER + ":7: import java.io.File is not allowed" + allowed,
                DANGER + ":8: import org.safeplan.rules.Locaton is not allowed (did you mean \"org.safeplan.rules.Location\"?)"
                        + allowed,
                DANGER + ":9: import org.safeplan.rules.internal.Countries is not allowed" + allowed);
    }

    @Test
    void functionsGlobalsDeclarationsAndQueriesAreRefused() {
        content.append(DANGER, """

                global java.util.List list
                global org.safeplan.rules.content.Advice helper

                function void shutdown() { System.exit(0); }

                declare Note
                    text : String
                end

                query "all situations"
                    Situation()
                end
                """);
        String only = " is not allowed: the only global is \"global org.safeplan.rules.content.Advice advice\"";
        assertThat(content.problems()).containsExactly(
                DANGER + ":28: global java.util.List list" + only,
                DANGER + ":29: global org.safeplan.rules.content.Advice helper" + only,
                DANGER + ":31: function shutdown is not allowed: a function is Java code",
                DANGER + ":33: declare Note is not allowed: rules use only Situation and Recommended",
                DANGER + ":37: query all situations is not allowed: a content file holds rules only");
    }

    @Test
    void theMvelDialectIsRefusedInTheFileAndInARule() {
        content.edit(DANGER, "package org.safeplan.guidance\n", "package org.safeplan.guidance\ndialect \"mvel\"\n");
        content.edit(PLANNING, "@id(\"planning-diary\") @version(\"1\")", "@id(\"planning-diary\") @version(\"1\")\n"
                + "    dialect \"mvel\"");
        String mvel = "dialect \"mvel\" is not allowed: remove it (rules use the standard dialect, the one validate checks)";
        assertThat(content.problems()).containsExactly(
                DANGER + ":3: " + mvel,
                PLANNING + ":11: rule \"Keep a diary when it is safe\": " + mvel);
    }

    @Test
    void settingsThatChangeOrderOrBehaviourAreRefused() {
        content.edit(DANGER, "@id(\"danger-kitchen\") @version(\"1\")", "@id(\"danger-kitchen\") @version(\"1\")\n"
                + "    salience 100\n    no-loop true\n    agenda-group \"first\"");
        String why = "\" is not allowed: the order of the advice comes from the catalog (urgency, then priority), and"
                + " rules may not change how the engine runs; remove it";
        assertThat(content.problems()).containsExactly(
                DANGER + ":12: " + KITCHEN + "the setting \"salience" + why,
                DANGER + ":13: " + KITCHEN + "the setting \"no-loop" + why,
                DANGER + ":14: " + KITCHEN + "the setting \"agenda-group" + why);
    }

    @Test
    void otherAnnotationsAndNamedConsequencesAreRefused() {
        content.edit(DANGER, "@version(\"1\")", "@version(\"1\") @Propagation(IMMEDIATE)");
        content.edit(DANGER, KITCHEN_THEN + "\nend", KITCHEN_THEN + "\nthen[audit]\n    System.exit(0);\nend");
        assertThat(content.problems()).containsExactly(
                DANGER + ":10: " + KITCHEN + "@Propagation is not allowed: a rule has only @id and @version",
                DANGER + ":10: " + KITCHEN + "then[audit] is not allowed: a rule has one then part");
    }

    @Test
    void thePackageIsTheRulesFolder() {
        content.edit(DANGER, "package org.safeplan.guidance", "package org.safeplan.other");
        assertThat(content.problems()).containsExactly(DANGER + ":2: package org.safeplan.other should be"
                + " org.safeplan.guidance, the rules folder named in content.yaml");
    }

    @Test
    void ruleFilesOutsideTheRulesFolderAndOtherRuleFormatsAreReported() {
        content.write("org/safeplan/extra/more.drl", content.read(PLANNING).replace("planning-", "extra-")
                .replace("rule \"", "rule \"Extra: "));
        content.write("org/safeplan/guidance/shortcuts.dslr", "rule \"x\" when then end\n");
        assertThat(content.problems()).containsExactly(
                "org/safeplan/extra/more.drl: rule files belong in org/safeplan/guidance, the rules folder named in content.yaml",
                "org/safeplan/guidance/shortcuts.dslr: Drools would compile this file (Drools DSL Rule), which validate"
                        + " cannot check: write rules as .drl files");
    }
}
