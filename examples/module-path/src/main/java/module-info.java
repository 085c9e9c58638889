/** A partner application on the module path: it needs nothing but this line about SafePlan. */
module org.safeplan.examples.modulepath {
    requires org.safeplan.rules;
}
