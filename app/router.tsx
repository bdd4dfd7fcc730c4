// Every client-side route. Deep links work because the server answers unknown paths with index.html.
// Sign-in and the dashboard come with the first load; the other pages are their own chunks,
// fetched when a route needs them (the interview room also brings the report and attempts).
import { createBrowserRouter } from "react-router";
import { Layout } from "./components/layout";
import { RequireSession } from "./components/require-session";
import { PageError, PageFallback, PageOutlet } from "./components/route-states";
import { DashboardPage } from "./pages/dashboard-page";
import { NotFoundPage } from "./pages/not-found-page";
import { SignInPage } from "./pages/sign-in-page";

export const router = createBrowserRouter([
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
            HydrateFallback: PageFallback,
            ErrorBoundary: PageError,
            children: [
              { index: true, element: <DashboardPage /> },
              {
                path: "interviews/new",
                lazy: () => import("./pages/new-interview-page").then((m) => ({ Component: m.NewInterviewPage })),
              },
              {
                path: "interviews/:interviewId",
                lazy: () => import("./pages/interview-page").then((m) => ({ Component: m.InterviewPage })),
              },
            ],
          },
        ],
      },
    ],
  },
  { path: "*", element: <NotFoundPage /> },
]);
