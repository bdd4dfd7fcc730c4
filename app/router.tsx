// Every client-side route. Deep links work because the server answers unknown paths with index.html.
// Sign-in and the dashboard come with the first load; the other pages are their own chunks, fetched
// when a route needs them (the interview room also brings the report and attempts).
// Declarative routes (useRoutes) rather than a data router: nothing here uses loaders or actions,
// and the data router would add about 16 KB gzipped to every first load.
import { lazy } from "react";
import { useRoutes } from "react-router";
import { Layout } from "./components/layout";
import { RequireSession } from "./components/require-session";
import { PageOutlet } from "./components/route-states";
import { DashboardPage } from "./pages/dashboard-page";
import { NotFoundPage } from "./pages/not-found-page";
import { SignInPage } from "./pages/sign-in-page";

const NewInterviewPage = lazy(() => import("./pages/new-interview-page").then((m) => ({ default: m.NewInterviewPage })));
const InterviewPage = lazy(() => import("./pages/interview-page").then((m) => ({ default: m.InterviewPage })));

export function AppRoutes() {
  return useRoutes([
    { path: "/signin", element: <SignInPage mode="login" /> },
    { path: "/register", element: <SignInPage mode="register" /> },
    {
      element: <RequireSession />,
      children: [
        {
          element: <Layout />,
          children: [
            {
              // Inside the layout, so the header stays while a page's chunk loads or fails to.
              element: <PageOutlet />,
              children: [
                { index: true, element: <DashboardPage /> },
                { path: "interviews/new", element: <NewInterviewPage /> },
                { path: "interviews/:interviewId", element: <InterviewPage /> },
              ],
            },
          ],
        },
      ],
    },
    { path: "*", element: <NotFoundPage /> },
  ]);
}
