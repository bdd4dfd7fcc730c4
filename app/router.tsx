// Every client-side route. Deep links work because the server answers unknown paths with index.html.
import { createBrowserRouter } from "react-router";
import { Layout } from "./components/layout";
import { RequireSession } from "./components/require-session";
import { DashboardPage } from "./pages/dashboard-page";
import { InterviewPage } from "./pages/interview-page";
import { NewInterviewPage } from "./pages/new-interview-page";
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
          { index: true, element: <DashboardPage /> },
          { path: "interviews/new", element: <NewInterviewPage /> },
          { path: "interviews/:interviewId", element: <InterviewPage /> },
        ],
      },
    ],
  },
  { path: "*", element: <NotFoundPage /> },
]);
