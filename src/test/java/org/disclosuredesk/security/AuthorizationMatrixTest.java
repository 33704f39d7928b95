package org.disclosuredesk.security;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import org.disclosuredesk.SpringTestBase;
import org.disclosuredesk.report.LoadedReport;
import org.disclosuredesk.report.ReportException;
import org.disclosuredesk.report.ReportService;
import org.disclosuredesk.template.ReportContent;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may do what, generated from what the application has: every route × every role (and no one signed in), and
 * every public method of every service × every role × an agency in the user's scope and one outside it. Each route
 * and each service method needs a rule below; a new one without a rule fails this test until someone decides.
 * Service calls run in a transaction that is rolled back, with arguments made from the parameter names, and with
 * versions that never match, so an allowed call stops at the version check or at validation and changes nothing.
 */
class AuthorizationMatrixTest extends SpringTestBase {

    /** Who may open a route. Scope (which agency's report) is the services' business, below. */
    private static final Map<String, Set<Role>> ROUTES = Map.ofEntries(
            entry("login", Set.of()), // anonymous: see ANONYMOUS_ROUTES
            entry("reports", EnumSet.allOf(Role.class)),
            entry("reports/:year/:agencyId", EnumSet.allOf(Role.class)),
            entry("reports/:year/:agencyId/edit", EnumSet.allOf(Role.class)),
            entry("reports/:year/:agencyId/history", EnumSet.allOf(Role.class)),
            entry("review", EnumSet.of(Role.REVIEWER, Role.ADMIN)),
            entry("import", EnumSet.of(Role.EDITOR, Role.ADMIN)),
            entry("import/review/:id", EnumSet.of(Role.EDITOR, Role.ADMIN)),
            entry("dashboard", EnumSet.allOf(Role.class)),
            entry("dashboard/requests", EnumSet.allOf(Role.class)),
            entry("dashboard/comparison", EnumSet.allOf(Role.class)),
            entry("dashboard/appeals", EnumSet.allOf(Role.class)),
            entry("dashboard/submissions", EnumSet.allOf(Role.class)),
            entry("dashboard/procurement", EnumSet.allOf(Role.class)),
            entry("admin/agencies", EnumSet.of(Role.ADMIN)),
            entry("admin/users", EnumSet.of(Role.ADMIN)),
            entry("admin/audit", EnumSet.of(Role.ADMIN)),
            entry("admin/api-tokens", EnumSet.of(Role.ADMIN)));
    private static final Set<String> ANONYMOUS_ROUTES = Set.of("login");

    /** What a service method demands. */
    enum Rule {
        /** any signed-in user; what they get is filtered to their scope inside */
        SIGNED_IN,
        /** any role, the agency within the user's subtree */
        READ,
        /** editors of that agency, admins within their subtree */
        EDIT,
        /** reviewers and admins within their subtree */
        REVIEW,
        /** admins within their subtree */
        ADMIN,
        /** the role alone (what is returned is filtered to the scope inside) */
        EDITOR_OR_ADMIN_ROLE, ADMIN_ROLE,
        /** not for people: sign-in and the application's own lookups; not reachable from a view with user input */
        INTERNAL
    }

    private static final Map<String, Rule> SERVICE_METHODS = Map.ofEntries(
            entry("ReportService.find", Rule.READ),
            entry("ReportService.findById", Rule.READ),
            entry("ReportService.list", Rule.SIGNED_IN),
            entry("ReportService.count", Rule.SIGNED_IN),
            entry("ReportService.saveContent", Rule.EDIT),
            entry("ReportService.create", Rule.EDIT),
            entry("ReportService.importDraft", Rule.EDIT),
            entry("ReportService.history", Rule.READ),
            entry("ReportService.compare", Rule.READ),
            entry("ReportWorkflow.submit", Rule.EDIT),
            entry("ReportWorkflow.approve", Rule.REVIEW),
            entry("ReportWorkflow.returnToEditor", Rule.REVIEW),
            entry("ReportWorkflow.publish", Rule.REVIEW),
            entry("ReportWorkflow.startCorrection", Rule.REVIEW),
            entry("ReportPermissions.actions", Rule.SIGNED_IN),
            entry("ReportPermissions.whyNotEditable", Rule.SIGNED_IN),
            entry("ReportService.publishedWhileCorrecting", Rule.READ),
            entry("ReportWorkflow.awaitingAnotherReviewer", Rule.SIGNED_IN),
            entry("AuditService.page", Rule.ADMIN_ROLE),
            entry("ApiTokenService.list", Rule.ADMIN_ROLE),
            entry("ApiTokenService.issue", Rule.ADMIN),
            entry("ApiTokenService.revoke", Rule.ADMIN),
            entry("AuditService.count", Rule.ADMIN_ROLE),
            entry("ImportService.read", Rule.EDITOR_OR_ADMIN_ROLE),
            entry("ImportService.limits", Rule.EDITOR_OR_ADMIN_ROLE),
            entry("ImportService.editableAgencies", Rule.EDITOR_OR_ADMIN_ROLE),
            entry("ImportService.countEditableAgencies", Rule.EDITOR_OR_ADMIN_ROLE),
            entry("ImportService.defaultAgency", Rule.EDITOR_OR_ADMIN_ROLE),
            entry("ImportService.agencyPath", Rule.EDIT),
            entry("ImportService.existing", Rule.EDIT),
            entry("ImportService.mismatch", Rule.EDIT),
            entry("ImportService.saveDraft", Rule.EDIT),
            entry("DashboardService.homeAgency", Rule.SIGNED_IN),
            entry("DashboardService.latestYear", Rule.READ),
            entry("DashboardService.freshness", Rule.READ),
            entry("DashboardService.headline", Rule.READ),
            entry("DashboardService.brief", Rule.READ),
            entry("DashboardService.yearly", Rule.READ),
            entry("DashboardService.peers", Rule.READ),
            entry("DashboardService.peerCount", Rule.READ),
            entry("DashboardService.top", Rule.READ),
            entry("DashboardService.statusCounts", Rule.READ),
            entry("DashboardService.tracker", Rule.READ),
            entry("DashboardService.trackerCount", Rule.READ),
            entry("DashboardService.path", Rule.READ),
            entry("DashboardService.children", Rule.READ),
            entry("DashboardService.search", Rule.SIGNED_IN),
            entry("AgencyAdminService.root", Rule.ADMIN_ROLE),
            entry("AgencyAdminService.children", Rule.ADMIN),
            entry("AgencyAdminService.hasChildren", Rule.ADMIN),
            entry("AgencyAdminService.addChild", Rule.ADMIN),
            entry("AgencyAdminService.rename", Rule.ADMIN),
            entry("UserAdminService.list", Rule.ADMIN_ROLE),
            entry("UserAdminService.create", Rule.ADMIN),
            entry("UserAdminService.setEnabled", Rule.ADMIN),
            entry("UserAdminService.changeAccess", Rule.ADMIN),
            entry("UserAdminService.resetPassword", Rule.ADMIN),
            entry("UserAdminService.agencies", Rule.ADMIN_ROLE),
            entry("UserAdminService.grantableRoles", Rule.ADMIN_ROLE),
            entry("UserAdminService.mayManage", Rule.ADMIN_ROLE),
            entry("AgencyService.create", Rule.INTERNAL),
            entry("AgencyService.save", Rule.INTERNAL),
            entry("AgencyService.get", Rule.INTERNAL),
            entry("AgencyService.isInSubtree", Rule.INTERNAL),
            entry("AgencyService.children", Rule.INTERNAL),
            entry("AgencyService.path", Rule.INTERNAL),
            entry("AgencyService.pathLabel", Rule.INTERNAL),
            entry("AgencyService.count", Rule.INTERNAL),
            entry("AgencyService.reportsAtLeastFrom", Rule.INTERNAL),
            entry("AppUserDetailsService.loadUserByUsername", Rule.INTERNAL));

    /** Separation of duties refuses with a reason the user reads (ReportPermissions), not a bare access denial. */
    private static final Set<String> DUTY_REFUSALS = Set.of("report.error.ownSubmission",
            "report.error.correctionNeedsReviewer");

    private static final String HOME = "淮安市教育局";
    private static final String OUTSIDE = "广州市荔湾区政务服务数据管理局";

    @Autowired
    ApplicationContext context;
    @Autowired
    ReportService reports;
    @Autowired
    TransactionTemplate tx;

    @Test
    void everyRouteHasARuleAndTheViewsEnforceIt() {
        AccessAnnotationChecker checker = new AccessAnnotationChecker();
        List<String> problems = new ArrayList<>();
        for (Class<?> view : mainRoutes()) {
            String path = view.getAnnotation(Route.class).value();
            if (!ROUTES.containsKey(path)) {
                problems.add("route '" + path + "' (" + view.getSimpleName() + ") has no rule in the authorization matrix");
                continue;
            }
            boolean anonymous = checker.hasAccess(view, null, role -> false);
            if (anonymous != ANONYMOUS_ROUTES.contains(path)) {
                problems.add("route '" + path + "': anonymous access is " + anonymous);
            }
            for (Role role : Role.values()) {
                Principal principal = () -> role.name().toLowerCase();
                boolean allowed = checker.hasAccess(view, principal, r -> r.equals(role.name()));
                boolean expected = ROUTES.get(path).contains(role) || ANONYMOUS_ROUTES.contains(path);
                if (allowed != expected) {
                    problems.add("route '" + path + "' for " + role + ": allowed=" + allowed + ", rule says " + expected);
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(mainRoutes()).hasSize(ROUTES.size());
    }

    @Test
    void everyServiceMethodHasARuleAndEnforcesItForEveryRoleInAndOutOfScope() {
        long home = agencyId(HOME);
        long outside = agencyId(OUTSIDE);
        List<String> problems = new ArrayList<>();
        Map<String, Method> methods = serviceMethods();
        for (String name : methods.keySet()) {
            if (!SERVICE_METHODS.containsKey(name)) {
                problems.add(name + " has no rule in the authorization matrix");
            }
        }
        for (String name : SERVICE_METHODS.keySet()) {
            if (!methods.containsKey(name)) {
                problems.add(name + " is in the matrix but no longer a public service method");
            }
        }
        int calls = 0;
        for (Map.Entry<String, Method> e : methods.entrySet()) {
            Rule rule = SERVICE_METHODS.get(e.getKey());
            if (rule == null || rule == Rule.INTERNAL) {
                continue;
            }
            Method method = e.getValue();
            Object bean = context.getBean(method.getDeclaringClass());
            problems.addAll(check(e.getKey(), bean, method, null, home, false, false));
            for (Role role : Role.values()) {
                AppUserPrincipal user = new AppUserPrincipal(-1, "matrix-" + role, "", "matrix", role, home, true);
                for (boolean inScope : new boolean[]{true, false}) {
                    boolean expected = allowed(rule, role, inScope);
                    problems.addAll(check(e.getKey(), bean, method, user, inScope ? home : outside, inScope, expected));
                    calls++;
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(calls).isGreaterThan(200);
    }

    static boolean allowed(Rule rule, Role role, boolean inScope) {
        return switch (rule) {
            case SIGNED_IN -> true;
            case READ -> inScope;
            case EDIT -> inScope && (role == Role.EDITOR || role == Role.ADMIN);
            case REVIEW -> inScope && (role == Role.REVIEWER || role == Role.ADMIN);
            case ADMIN -> inScope && role == Role.ADMIN;
            case EDITOR_OR_ADMIN_ROLE -> role == Role.EDITOR || role == Role.ADMIN;
            case ADMIN_ROLE -> role == Role.ADMIN;
            case INTERNAL -> false;
        };
    }

    /** One call as {@code user} (null: no one signed in) on {@code agency}; a problem when access differs from the rule. */
    private List<String> check(String name, Object bean, Method method, AppUserPrincipal user, long agency,
                               boolean inScope, boolean expected) {
        Object[] args = argumentsFor(name, method, agency);
        SecurityContextHolder.clearContext();
        if (user != null) {
            SecurityContextHolder.getContext().setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        }
        Throwable thrown = tx.execute(status -> {
            status.setRollbackOnly();
            try {
                method.invoke(bean, args);
                return null;
            } catch (InvocationTargetException ex) {
                return ex.getCause();
            } catch (IllegalAccessException ex) {
                throw new IllegalStateException(ex);
            }
        });
        SecurityContextHolder.clearContext();
        boolean denied = thrown instanceof AccessDeniedException || thrown instanceof AuthenticationException
                || thrown instanceof ReportException r && DUTY_REFUSALS.contains(r.messageKey());
        String who = user == null ? "no one signed in" : user.role() + (inScope ? " in scope" : " out of scope");
        if (user == null) {
            return denied ? List.of() : List.of(name + " answered " + who);
        }
        if (denied == expected) {
            return List.of(name + " for " + who + ": " + (denied ? "refused (" + thrown.getMessage() + ")" : "allowed")
                    + ", rule says " + (expected ? "allowed" : "refused"));
        }
        return List.of();
    }

    /** Arguments from the parameter names: the agency, one of its reports, a version that never matches. */
    private Object[] argumentsFor(String name, Method method, long agency) {
        Parameter[] params = method.getParameters();
        Object[] args = new Object[params.length];
        LoadedReport report = someReportOf(agency);
        for (int i = 0; i < params.length; i++) {
            Parameter p = params[i];
            Class<?> t = p.getType();
            String n = p.getName();
            args[i] = switch (n) {
                case "agencyId", "parentId" -> agency;
                case "id" -> agency; // AgencyAdminService.hasChildren
                case "reportId", "olderSaveId", "newerSaveId" -> n.equals("reportId") ? report.report().getId() : -1L;
                case "expectedVersion" -> -1L;
                case "year", "fromYear", "toYear" -> report.report().getReportYear();
                case "userId" -> userAt(agency);
                case "tokenId" -> tokenAt(agency);
                case "offset" -> 0;
                case "declaredSize" -> 0L;
                case "limit", "n" -> 10;
                case "text" -> "淮安";
                default -> defaultValue(name, n, t, report.content());
            };
        }
        return args;
    }

    private static Object defaultValue(String method, String param, Class<?> t, ReportContent content) {
        if (t == ReportContent.class) {
            return content;
        }
        if (t == String.class) {
            return "";
        }
        if (t == java.io.InputStream.class) {
            return java.io.InputStream.nullInputStream();
        }
        if (t == boolean.class) {
            return false;
        }
        if (t == long.class || t == int.class) {
            throw new IllegalStateException("Teach the authorization matrix what " + method + "(" + param + ") means");
        }
        if (t.isEnum()) {
            return t.getEnumConstants()[0];
        }
        return null;
    }

    private LoadedReport someReportOf(long agency) {
        SecurityContextHolder.getContext().setAuthentication(null);
        AppUserPrincipal root = new AppUserPrincipal(-1, "matrix-root", "", "matrix", Role.ADMIN,
                agencyId("全国"), true);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(root, null, root.getAuthorities()));
        try {
            int year = jdbc.queryForObject("SELECT MAX(report_year) FROM annual_report WHERE agency_id = ?", Integer.class,
                    agency);
            return reports.find(agency, year).orElseThrow();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** The API tokens {@link #tokenAt} made: they are written before the call's transaction, so removed here. */
    @org.junit.jupiter.api.AfterEach
    void removeTokens() {
        jdbc.update("DELETE FROM api_token WHERE name = 'matrix' AND created_by = 'matrix'");
    }

    /** An API token of the agency (removed after the test). */
    private long tokenAt(long agency) {
        jdbc.update("INSERT INTO api_token (name, token_hash, agency_id, report_scope, created_by)"
                + " VALUES ('matrix', SHA2(RAND(), 256), ?, 'PUBLISHED', 'matrix')", agency);
        return jdbc.queryForObject("SELECT MAX(id) FROM api_token WHERE agency_id = ?", Long.class, agency);
    }

    private long userAt(long agency) {
        return jdbc.queryForObject("SELECT MIN(id) FROM app_user WHERE agency_id = ?", Long.class, agency);
    }

    /** Every public method of every @Service bean of the application, as "Class.method". */
    private Map<String, Method> serviceMethods() {
        Map<String, Method> out = new TreeMap<>();
        for (Object bean : context.getBeansWithAnnotation(Service.class).values()) {
            Class<?> type = AopUtils.getTargetClass(bean);
            if (!type.getPackageName().startsWith("org.disclosuredesk")) {
                continue;
            }
            Arrays.stream(type.getDeclaredMethods())
                    .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers())
                            && !m.isSynthetic())
                    .sorted(Comparator.comparing(Method::getName))
                    .forEach(m -> out.putIfAbsent(type.getSimpleName() + "." + m.getName(), m));
        }
        return out;
    }

    /** The application's @Route views (not the test-only ones). */
    private static List<Class<?>> mainRoutes() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        return scanner.findCandidateComponents("org.disclosuredesk").stream()
                .<Class<?>>map(d -> {
                    try {
                        return (Class<?>) Class.forName(d.getBeanClassName());
                    } catch (ClassNotFoundException ex) {
                        throw new IllegalStateException(ex);
                    }
                })
                .filter(c -> !c.getProtectionDomain().getCodeSource().getLocation().getPath().contains("test-classes"))
                .toList();
    }
}
